Sequel.migration do
  change do
    create_table(:pitch_payments) do
      primary_key :id
      foreign_key :stall_booking_id, :stall_bookings
      String :haybale_token, size: 64, null: false
      String :card_last4, size: 4
      Integer :amount_pence, null: false
      DateTime :created_at
      DateTime :updated_at
    end

    create_table(:saved_cards) do
      primary_key :id
      foreign_key :trader_id, :traders
      String :card_number, size: 19, null: false
      String :expiry, size: 5
      String :security_code, size: 4
      DateTime :created_at
      DateTime :updated_at
    end

    create_table(:token_cards) do
      primary_key :id
      foreign_key :trader_id, :traders
      String :token_card_id, size: 10, null: false
      Integer :balance_tokens, default: 0
    end
  end
end
