# This file is auto-generated from the current state of the database.
ActiveRecord::Schema[7.1].define(version: 2026_08_01_120000) do
  create_table "customers", force: :cascade do |t|
    t.string "email", null: false
    t.string "password_digest", null: false
    t.datetime "created_at", null: false
  end

  create_table "payment_methods", force: :cascade do |t|
    t.bigint "customer_id", null: false
    t.string "gateway_token", null: false
    t.string "card_last4", limit: 4
    t.string "card_brand"
    t.datetime "created_at", null: false
  end
end
