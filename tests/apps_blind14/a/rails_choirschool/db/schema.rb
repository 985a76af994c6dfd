ActiveRecord::Schema[7.2].define(version: 2024_10_14_120000) do
  enable_extension "plpgsql"

  create_table "choristers", force: :cascade do |t|
    t.bigint "guardian_id", null: false
    t.string "first_name", null: false
    t.date "date_of_birth", null: false
    t.string "voice_part"
    t.text "medical_notes"
    t.string "library_card_number", limit: 14
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "guardians", force: :cascade do |t|
    t.string "full_name", null: false
    t.string "email", null: false
    t.string "phone"
    t.text "home_address"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["email"], name: "index_guardians_on_email", unique: true
  end

  create_table "tour_deposits", force: :cascade do |t|
    t.bigint "guardian_id", null: false
    t.string "tour_code", null: false
    t.string "card_number", null: false
    t.string "card_cvc", limit: 4
    t.string "card_expiry", limit: 5
    t.integer "amount_pence", null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "tuition_plans", force: :cascade do |t|
    t.bigint "guardian_id", null: false
    t.string "gateway_customer_id"
    t.string "card_brand"
    t.string "card_last4", limit: 4
    t.integer "monthly_pence", null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end
end
