Sequel.migration do
  change do
    create_table(:market_vouchers) do
      primary_key :id
      String :voucher_code, size: 12, null: false, unique: true
      Integer :value_pence, null: false
      foreign_key :redeemed_by, :traders
    end

    alter_table(:pitch_payments) do
      add_column :card_fingerprint, String, size: 64
      add_column :card_bin, String, size: 6
    end
  end
end
