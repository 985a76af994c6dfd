# This file is auto-generated from the current state of the database. Instead
# of editing this file, please use the migrations feature of Active Record to
# incrementally modify your database, and then regenerate this schema definition.

ActiveRecord::Schema[7.1].define(version: 2024_08_20_090000) do
  enable_extension "plpgsql"

  create_table "ahoy_events", force: :cascade do |t|
    t.bigint "visit_id"
    t.bigint "user_id"
    t.string "name"
    t.jsonb "properties"
    t.datetime "time"
  end

  create_table "guardians", force: :cascade do |t|
    t.string "email", default: "", null: false
    t.string "encrypted_password", default: "", null: false
    t.string "reset_password_token"
    t.datetime "reset_password_sent_at"
    t.datetime "remember_created_at"
    t.string "confirmation_token"
    t.datetime "confirmed_at"
    t.datetime "confirmation_sent_at"
    t.string "full_name", null: false
    t.string "phone", null: false
    t.string "postcode"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["confirmation_token"], name: "index_guardians_on_confirmation_token", unique: true
    t.index ["email"], name: "index_guardians_on_email", unique: true
    t.index ["reset_password_token"], name: "index_guardians_on_reset_password_token", unique: true
  end

  create_table "jumpers", force: :cascade do |t|
    t.bigint "guardian_id", null: false
    t.string "first_name", null: false
    t.string "last_name", null: false
    t.date "date_of_birth", null: false
    t.text "medical_notes"
    t.boolean "waiver_signed", default: false, null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["guardian_id"], name: "index_jumpers_on_guardian_id"
  end

  create_table "memberships", force: :cascade do |t|
    t.bigint "guardian_id", null: false
    t.string "plan", null: false
    t.text "card_number"
    t.text "card_holder"
    t.string "card_expiry", limit: 5
    t.date "renews_on", null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["guardian_id"], name: "index_memberships_on_guardian_id"
  end

  create_table "party_bookings", force: :cascade do |t|
    t.bigint "guardian_id", null: false
    t.date "party_date", null: false
    t.string "package", null: false
    t.integer "guests", null: false
    t.string "deposit_card_number", limit: 19
    t.string "deposit_card_expiry", limit: 5
    t.string "deposit_card_cvv", limit: 4
    t.string "deposit_card_last4", limit: 4
    t.string "deposit_status", default: "pending", null: false
    t.string "deposit_ref"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["deposit_status"], name: "index_party_bookings_on_deposit_status"
    t.index ["guardian_id"], name: "index_party_bookings_on_guardian_id"
  end

  add_foreign_key "jumpers", "guardians"
  add_foreign_key "memberships", "guardians"
  add_foreign_key "party_bookings", "guardians"
end
