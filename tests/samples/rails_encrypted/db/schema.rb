ActiveRecord::Schema[7.1].define(version: 2024_03_01_000000) do
  create_table "payments", force: :cascade do |t|
    t.bigint "customer_id", null: false
    t.integer "amount_cents", null: false
    t.string "card_number"
    t.string "cvv"
    t.string "billing_email"
    t.timestamps
  end

  create_table "refunds", force: :cascade do |t|
    t.string "card_number"
    t.text "note"
  end

  create_table "old_cards", force: :cascade do |t|
    t.string "pan"
    t.string "holder_name"
  end
end
