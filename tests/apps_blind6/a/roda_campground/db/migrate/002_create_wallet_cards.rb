# frozen_string_literal: true

Sequel.migration do
  change do
    create_table(:wallet_cards) do
      primary_key :id
      foreign_key :camper_id, :campers
      String :card_number, size: 19, null: false
      String :cid, size: 4
      String :first6, size: 6
      String :last4, size: 4
      String :brand
      String :gateway_token
      Integer :exp_month
      Integer :exp_year
    end

    create_table(:gift_cards) do
      primary_key :id
      String :code, size: 16, null: false, unique: true
      Integer :balance_cents, default: 0
    end
  end
end
