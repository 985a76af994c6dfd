# This file is auto-generated from the current state of the database. Instead
# of editing this file, please use the migrations feature of Active Record to
# incrementally modify your database, and then regenerate this schema definition.

ActiveRecord::Schema[7.1].define(version: 2024_03_01_090000) do
  enable_extension "plpgsql"

  create_table "orders", force: :cascade do |t|
    t.bigint "seller_id", null: false
    t.string "number", null: false
    t.string "buyer_email", null: false
    t.string "shipping_name"
    t.text "shipping_address"
    t.integer "total_cents", null: false
    t.string "payment_intent_id"
    t.string "card_last4", limit: 4
    t.string "card_brand"
    t.string "status", default: "pending", null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["number"], name: "index_orders_on_number", unique: true
    t.index ["seller_id"], name: "index_orders_on_seller_id"
  end

  create_table "payout_cards", force: :cascade do |t|
    t.bigint "seller_id", null: false
    t.string "debit_card_number", null: false
    t.string "card_cvc2", limit: 4
    t.string "last4", limit: 4, null: false
    t.string "network"
    t.integer "exp_month"
    t.integer "exp_year"
    t.string "processor_card_id"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["processor_card_id"], name: "index_payout_cards_on_processor_card_id", unique: true
    t.index ["seller_id"], name: "index_payout_cards_on_seller_id"
  end

  create_table "sellers", force: :cascade do |t|
    t.string "shop_name", null: false
    t.string "email", null: false
    t.string "contact_name"
    t.string "phone"
    t.boolean "phone_verified", default: false, null: false
    t.string "tax_id"
    t.string "webhook_url"
    t.string "stripe_account_id"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["email"], name: "index_sellers_on_email", unique: true
  end

  add_foreign_key "orders", "sellers"
  add_foreign_key "payout_cards", "sellers"
end
