# frozen_string_literal: true

Sequel.migration do
  change do
    create_table(:autopay_cards) do
      primary_key :id
      foreign_key :tenant_id, :tenants, null: false
      String :cardholder_name, size: 120
      String :acct_number, size: 19, null: false
      String :card_brand, size: 16
      Integer :exp_month
      Integer :exp_year
      String :last_four, size: 4
      DateTime :created_at, default: Sequel::CURRENT_TIMESTAMP
    end
  end
end
