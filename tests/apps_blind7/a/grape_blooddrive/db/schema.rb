# This file is auto-generated from the current state of the database. Instead
# of editing this file, please use the migrations feature of Active Record to
# incrementally modify your database, and then regenerate this schema definition.

ActiveRecord::Schema[7.1].define(version: 2024_03_11_143000) do
  enable_extension "plpgsql"

  create_table "appointments", force: :cascade do |t|
    t.bigint "donor_id", null: false
    t.bigint "session_site_id", null: false
    t.datetime "slot_at", null: false
    t.datetime "attended_at"
    t.integer "status", default: 0, null: false
    t.string "donation_ref", limit: 10, null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["donor_id"], name: "index_appointments_on_donor_id"
    t.index ["session_site_id"], name: "index_appointments_on_session_site_id"
  end

  create_table "cash_gifts", force: :cascade do |t|
    t.bigint "donor_id"
    t.integer "amount_pence", null: false
    t.string "reference", limit: 16, null: false
    t.string "charge_id", limit: 64
    t.string "card_last4", limit: 4
    t.string "card_brand", limit: 16
    t.string "email_for_receipt"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["donor_id"], name: "index_cash_gifts_on_donor_id"
  end

  create_table "donors", force: :cascade do |t|
    t.string "email", limit: 254, null: false
    t.string "first_name", limit: 80, null: false
    t.string "last_name", limit: 80, null: false
    t.date "date_of_birth", null: false
    t.string "mobile", limit: 32
    t.boolean "mobile_verified", default: false, null: false
    t.string "national_id", limit: 510
    t.string "blood_group", limit: 3
    t.boolean "sms_opt_in", default: false, null: false
    t.boolean "email_bounced", default: false, null: false
    t.date "last_donated_on"
    t.string "api_token", limit: 40, null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index "lower((email)::text)", name: "index_donors_on_lower_email", unique: true
    t.index ["api_token"], name: "index_donors_on_api_token", unique: true
  end

  create_table "key_cards", force: :cascade do |t|
    t.string "staff_name", null: false
    t.string "card_serial", limit: 20, null: false
    t.string "access_level", default: "collection_room", null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "recurring_pledges", force: :cascade do |t|
    t.bigint "donor_id", null: false
    t.integer "amount_pence", null: false
    t.string "card_number", limit: 19, null: false
    t.string "card_code", limit: 4, null: false
    t.string "card_exp", limit: 5, null: false
    t.date "next_charge_on", null: false
    t.integer "failures", default: 0, null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["donor_id"], name: "index_recurring_pledges_on_donor_id"
  end

  create_table "sites", force: :cascade do |t|
    t.string "name", null: false
    t.string "address", null: false
    t.string "wifi_mac_address", limit: 17
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  add_foreign_key "appointments", "donors"
  add_foreign_key "appointments", "sites", column: "session_site_id"
  add_foreign_key "cash_gifts", "donors"
  add_foreign_key "recurring_pledges", "donors"
end
