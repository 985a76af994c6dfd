# This file is auto-generated from the current state of the database. Instead
# of editing this file, please use the migrations feature of Active Record to
# incrementally modify your database, and then regenerate this schema definition.

ActiveRecord::Schema[7.1].define(version: 2023_08_15_140000) do
  enable_extension "plpgsql"

  create_table "billing_profiles", force: :cascade do |t|
    t.bigint "member_id", null: false
    t.string "card_number"
    t.string "card_last4", limit: 4
    t.string "card_brand"
    t.integer "exp_month"
    t.integer "exp_year"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["member_id"], name: "index_billing_profiles_on_member_id"
  end

  create_table "members", force: :cascade do |t|
    t.string "email", null: false
    t.string "first_name"
    t.string "last_name"
    t.string "phone"
    t.date "date_of_birth"
    t.string "national_id"
    t.string "password_digest", null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["email"], name: "index_members_on_email", unique: true
  end

  create_table "memberships", force: :cascade do |t|
    t.bigint "member_id", null: false
    t.string "plan", null: false
    t.date "starts_on"
    t.date "ends_on"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["member_id"], name: "index_memberships_on_member_id"
  end

  create_table "payment_attempts", force: :cascade do |t|
    t.bigint "membership_id", null: false
    t.integer "amount_cents", null: false
    t.integer "status", default: 0
    t.string "gateway_reference"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.string "cc_number"
    t.string "cc_cvv", limit: 4
    t.string "card_token"
    t.index ["membership_id"], name: "index_payment_attempts_on_membership_id"
  end

  add_foreign_key "billing_profiles", "members"
  add_foreign_key "memberships", "members"
  add_foreign_key "payment_attempts", "memberships"
end
