ActiveRecord::Schema[7.2].define(version: 2026_03_01_090500) do
  enable_extension "plpgsql"

  create_table "customers", force: :cascade do |t|
    t.string "full_name", null: false
    t.string "email", null: false
    t.string "phone", null: false
    t.string "address_line", null: false
    t.string "postcode", limit: 10, null: false
    t.string "userlist_identifier"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["email"], name: "index_customers_on_email", unique: true
  end

  create_table "rentals", force: :cascade do |t|
    t.bigint "customer_id", null: false
    t.string "tub_model", null: false
    t.date "starts_on", null: false
    t.date "ends_on", null: false
    t.string "spapay_customer_ref", limit: 40
    t.string "spapay_card_token", limit: 64
    t.string "card_last4", limit: 4
    t.string "card_brand", limit: 12
    t.integer "deposit_pence", default: 15000, null: false
    t.string "status", default: "booked", null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["customer_id"], name: "index_rentals_on_customer_id"
  end

  add_foreign_key "rentals", "customers"
end
