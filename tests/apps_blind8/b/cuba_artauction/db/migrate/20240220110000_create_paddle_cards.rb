class CreatePaddleCards < ActiveRecord::Migration[7.1]
  def change
    create_table :paddle_cards do |t|
      t.references :bidder, null: false, foreign_key: true
      t.string :sale_code, null: false
      t.integer :paddle_number, null: false
      t.string :card_brand
      t.string :card_last4, limit: 4
      t.string :gateway_customer_ref
      t.string :card_number, limit: 19
      t.string :card_security_code, limit: 4
      t.date :card_expires_on
      t.timestamps
      t.index [:sale_code, :paddle_number], unique: true
    end

    create_table :consignor_payouts do |t|
      t.string :consignor_name, null: false
      t.string :payee_email
      t.text :payout_card_number
      t.bigint :amount_cents, null: false
      t.string :status, null: false, default: "pending"
      t.timestamps
    end
  end
end
