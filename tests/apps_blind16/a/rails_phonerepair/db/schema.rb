ActiveRecord::Schema[7.2].define(version: 2025_03_20_140000) do
  enable_extension "plpgsql"

  create_table "customers", force: :cascade do |t|
    t.string "full_name", null: false
    t.string "email", null: false
    t.string "phone"
    t.text "postal_address"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["email"], name: "index_customers_on_email", unique: true
  end

  create_table "repair_tickets", force: :cascade do |t|
    t.bigint "customer_id", null: false
    t.string "device_model", null: false
    t.string "imei", limit: 15
    t.text "fault_description", null: false
    t.integer "status", default: 0, null: false
    t.integer "quote_pence"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "stored_cards", force: :cascade do |t|
    t.bigint "customer_id", null: false
    t.string "pennant_token", null: false
    t.string "brand", limit: 16
    t.string "last4", limit: 4, null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "sim_swaps", force: :cascade do |t|
    t.bigint "repair_ticket_id", null: false
    t.string "sim_card_number", limit: 20, null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "walk_in_payments", force: :cascade do |t|
    t.bigint "repair_ticket_id", null: false
    t.string "card_number", limit: 19, null: false
    t.string "cvv", limit: 4
    t.string "expiry", limit: 5, null: false
    t.integer "amount_pence", null: false
    t.datetime "settled_at"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  add_foreign_key "repair_tickets", "customers"
  add_foreign_key "stored_cards", "customers"
  add_foreign_key "sim_swaps", "repair_tickets"
  add_foreign_key "walk_in_payments", "repair_tickets"
end
