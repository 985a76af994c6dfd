ActiveRecord::Schema[7.1].define(version: 2024_04_22_090000) do
  enable_extension "plpgsql"

  create_table "customers", force: :cascade do |t|
    t.string "full_name", null: false
    t.string "email", null: false
    t.string "phone"
    t.string "address_line"
    t.string "dietary_notes"
    t.string "drip_subscriber_id"
    t.timestamps
  end

  create_table "event_deposits", force: :cascade do |t|
    t.bigint "event_booking_id", null: false
    t.string "card_number", limit: 19, null: false
    t.string "card_cvc", limit: 4
    t.string "card_expiry", limit: 5
    t.integer "amount_pence", null: false
    t.string "status", default: "pending"
    t.timestamps
  end

  create_table "saved_cards", force: :cascade do |t|
    t.bigint "customer_id", null: false
    t.string "platepay_token", null: false
    t.string "brand"
    t.string "last4", limit: 4, null: false
    t.timestamps
  end
end
