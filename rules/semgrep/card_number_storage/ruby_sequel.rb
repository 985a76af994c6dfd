Sequel.migration do
  up do
    create_table(:wallet_cards) do
      primary_key :id
      foreign_key :customer_id, :customers
      # ruleid: card-number-sequel-column
      String :card_number, null: false
      # ruleid: card-number-sequel-column
      String :pan, size: 19
      # ruleid: card-number-sequel-column
      column :ccNumber, String, size: 32
      # ruleid: card-number-sequel-column
      column :credit_card_no, :text
      # ok: card-number-sequel-column
      String :card_number_last4, size: 4
      # ok: card-number-sequel-column
      String :pan, size: 4
      # ok: card-number-sequel-column
      String :card_token, null: false
      # ok: card-number-sequel-column
      TrueClass :card_number, default: false
      # ok: card-number-sequel-column
      String :card_brand
    end

    alter_table(:wallet_cards) do
      # ruleid: card-number-sequel-column
      add_column :primary_account_number, String
      # ok: card-number-sequel-column
      add_column :card_fingerprint, String, size: 64
      # ok: card-number-sequel-column
      drop_column :card_number
    end
  end
end

DB.create_table?(:imports) do
  # ruleid: card-number-sequel-column
  Bignum :cc_num
end

Sequel.migration do
  change do
    create_table(:autopay_cards) do
      primary_key :id
      # ruleid: card-number-sequel-column-card-context, card-number-sequel-column
      String :acct_number, size: 19, null: false
      # ok: card-number-sequel-column-card-context
      String :last_four, size: 4
    end
    create_table(:invoices) do
      # ok: card-number-sequel-column-card-context
      String :number, size: 32
    end
  end
end
