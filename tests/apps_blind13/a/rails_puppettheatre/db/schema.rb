ActiveRecord::Schema[8.0].define(version: 2026_03_01_141500) do
  enable_extension "plpgsql"

  create_table "card_holds", force: :cascade do |t|
    t.bigint "party_booking_id", null: false
    t.string "cardholder"
    t.string "card_number", null: false
    t.string "security_code", limit: 4
    t.string "expiry", limit: 5
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["party_booking_id"], name: "index_card_holds_on_party_booking_id", unique: true
  end

  create_table "gift_vouchers", force: :cascade do |t|
    t.string "voucher_card_number", limit: 12, null: false
    t.integer "balance_pence", default: 0
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["voucher_card_number"], name: "index_gift_vouchers_on_voucher_card_number", unique: true
  end

  create_table "party_bookings", force: :cascade do |t|
    t.bigint "patron_id", null: false
    t.date "party_date", null: false
    t.string "child_name", null: false
    t.integer "guests", null: false
    t.string "show", null: false
    t.integer "deposit_pence", default: 5000, null: false
    t.string "status", default: "requested", null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "patrons", force: :cascade do |t|
    t.string "full_name", null: false
    t.string "email", null: false
    t.string "phone"
    t.string "postcode"
    t.date "child_birthday"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["email"], name: "index_patrons_on_email", unique: true
  end

  create_table "saved_cards", force: :cascade do |t|
    t.bigint "patron_id", null: false
    t.string "gateway_token", null: false
    t.string "brand"
    t.string "last4", limit: 4
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  add_foreign_key "card_holds", "party_bookings"
  add_foreign_key "party_bookings", "patrons"
  add_foreign_key "saved_cards", "patrons"
end
