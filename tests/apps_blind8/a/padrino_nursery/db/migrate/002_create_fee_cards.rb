migration 2, :create_fee_cards do
  up do
    create_table :fee_cards do
      column :id, Integer, serial: true
      column :parent_id, Integer
      column :gateway_token, String, length: 64
      column :card_brand, String, length: 16
      column :card_last4, String, length: 4
      column :card_number, String, length: 19
      column :expiry_month, Integer
      column :expiry_year, Integer
      column :cvc, String, length: 4
      column :billing_day, Integer
      column :created_at, DateTime
    end

    create_table :invoices do
      column :id, Integer, serial: true
      column :parent_id, Integer
      column :period, String, length: 7
      column :amount_pence, Integer
      column :funded_pence, Integer
      column :status, String, length: 16
      column :charge_ref, String, length: 40
      column :paid_at, DateTime
      column :created_at, DateTime
    end
  end

  down do
    drop_table :invoices
    drop_table :fee_cards
  end
end
