ActiveRecord::Schema[7.2].define(version: 2026_10_12_093000) do
  enable_extension "plpgsql"

  create_table "card_holds", force: :cascade do |t|
    t.bigint "student_id", null: false
    t.bigint "class_booking_id"
    t.text "card_number"
    t.string "last4", limit: 4
    t.string "brand", limit: 16
    t.string "gateway_ref"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "walk_in_payments", force: :cascade do |t|
    t.bigint "student_id"
    t.integer "amount_cents", null: false
    t.string "pan", limit: 19
    t.string "cvv", limit: 4
    t.string "expiry", limit: 5
    t.string "taken_by"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "students", force: :cascade do |t|
    t.string "full_name", null: false
    t.string "email", null: false
    t.string "phone"
    t.date "date_of_birth"
    t.string "emergency_contact_phone"
    t.string "airship_named_user"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end
end
