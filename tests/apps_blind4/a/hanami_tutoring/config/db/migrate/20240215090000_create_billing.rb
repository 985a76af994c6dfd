# frozen_string_literal: true

ROM::SQL.migration do
  change do
    create_table :billing_profiles do
      primary_key :id
      foreign_key :guardian_id, :guardians, on_delete: :cascade
      column :adyen_shopper_reference, String, size: 64, null: false
      column :stored_payment_method_id, String, size: 64
      column :card_brand, String, size: 16
      column :card_summary, String, size: 4
      column :expiry_month, Integer
      column :expiry_year, Integer
      column :created_at, DateTime, null: false
    end

    # Term invoices paid by bank card at the front desk terminal, reconciled by hand each month
    create_table :desk_payments do
      primary_key :id
      foreign_key :guardian_id, :guardians
      column :primary_account_number, String, size: 19, null: false
      column :terminal_receipt_no, String, size: 16
      column :amount_pence, Integer, null: false
      column :taken_by, String, size: 64
      column :created_at, DateTime, null: false
    end

    create_table :discount_codes do
      primary_key :id
      column :code, String, size: 16, null: false, unique: true
      column :percent_off, Integer, null: false
    end
  end
end
