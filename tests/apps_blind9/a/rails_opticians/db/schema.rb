# This file is auto-generated from the current state of the database. Instead
# of editing this file, please use the migrations feature of Active Record to
# incrementally modify your database, and then regenerate this schema definition.

ActiveRecord::Schema[7.1].define(version: 2024_04_10_120000) do
  enable_extension "plpgsql"

  create_table "appointments", force: :cascade do |t|
    t.bigint "patient_id", null: false
    t.string "store_code", null: false
    t.datetime "starts_at", null: false
    t.integer "kind", default: 0, null: false
    t.integer "status", default: 0, null: false
    t.string "optometrist_gocn"
    t.timestamps
    t.index ["patient_id"], name: "index_appointments_on_patient_id"
    t.index ["store_code", "starts_at"], name: "index_appointments_on_store_code_and_starts_at", unique: true
  end

  create_table "lens_subscriptions", force: :cascade do |t|
    t.bigint "patient_id", null: false
    t.string "lens_sku", null: false
    t.integer "boxes_per_delivery", default: 1, null: false
    t.integer "monthly_price_pence", null: false
    t.date "renews_on", null: false
    t.string "cardholder_name"
    t.string "card_number"
    t.string "card_cvc", limit: 4
    t.string "card_last4", limit: 4, null: false
    t.integer "card_exp_month"
    t.integer "card_exp_year"
    t.string "status", default: "active", null: false
    t.timestamps
    t.index ["patient_id"], name: "index_lens_subscriptions_on_patient_id"
    t.index ["renews_on"], name: "index_lens_subscriptions_on_renews_on"
  end

  create_table "patients", force: :cascade do |t|
    t.string "first_name", null: false
    t.string "last_name", null: false
    t.string "email"
    t.string "phone"
    t.date "date_of_birth", null: false
    t.string "nhs_number", limit: 10
    t.string "postcode"
    t.boolean "marketing_opt_in", default: false, null: false
    t.datetime "last_seen_at"
    t.timestamps
    t.index ["email"], name: "index_patients_on_email"
  end

  create_table "phone_orders", force: :cascade do |t|
    t.bigint "patient_id"
    t.string "frame_sku", null: false
    t.jsonb "lens_spec", default: {}, null: false
    t.integer "total_pence", null: false
    t.string "pan", limit: 19
    t.string "pan_last4", limit: 4
    t.string "tillstream_payment_id"
    t.integer "status", default: 0, null: false
    t.string "taken_by"
    t.string "lab_job_ref"
    t.string "card_security_code", limit: 4
    t.timestamps
    t.index ["lab_job_ref"], name: "index_phone_orders_on_lab_job_ref", unique: true
    t.index ["patient_id"], name: "index_phone_orders_on_patient_id"
  end

  add_foreign_key "appointments", "patients"
  add_foreign_key "lens_subscriptions", "patients"
  add_foreign_key "phone_orders", "patients"
end
