ActiveRecord::Schema[7.2].define(version: 2026_03_01_080000) do
  enable_extension "plpgsql"

  create_table "bookings", force: :cascade do |t|
    t.bigint "passenger_id", null: false
    t.bigint "flight_id"
    t.string "status", default: "held", null: false
    t.string "vault_token", limit: 64
    t.string "card_last4", limit: 4
    t.integer "amount_pence", null: false
    t.string "card_fingerprint", limit: 64
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["passenger_id"], name: "index_bookings_on_passenger_id"
  end

  create_table "field_card_captures", force: :cascade do |t|
    t.bigint "booking_id", null: false
    t.string "card_number", null: false
    t.string "expiry", limit: 5
    t.string "security_code", limit: 4
    t.string "tablet_id", null: false
    t.datetime "settled_at"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "flight_vouchers", force: :cascade do |t|
    t.string "code", limit: 10, null: false
    t.integer "value_pence", null: false
    t.bigint "purchaser_id"
    t.index ["code"], name: "index_flight_vouchers_on_code", unique: true
  end

  create_table "flights", force: :cascade do |t|
    t.string "launch_site", null: false
    t.date "launched_on", null: false
    t.string "pilot_licence_no", limit: 9
  end

  create_table "passengers", force: :cascade do |t|
    t.string "full_name", null: false
    t.string "email", null: false
    t.string "phone"
    t.date "date_of_birth"
    t.integer "weight_kg", null: false
    t.text "medical_notes_ciphertext"
    t.index ["email"], name: "index_passengers_on_email", unique: true
  end

  add_foreign_key "bookings", "passengers"
  add_foreign_key "field_card_captures", "bookings"
end
