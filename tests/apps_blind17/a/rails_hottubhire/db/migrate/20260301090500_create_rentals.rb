class CreateRentals < ActiveRecord::Migration[7.2]
  def change
    create_table :rentals do |t|
      t.references :customer, null: false, foreign_key: true
      t.string :tub_model, null: false
      t.date :starts_on, null: false
      t.date :ends_on, null: false
      t.string :spapay_customer_ref, limit: 40
      t.string :spapay_card_token, limit: 64
      t.string :card_last4, limit: 4
      t.string :card_brand, limit: 12
      t.integer :deposit_pence, null: false, default: 15000
      t.string :status, null: false, default: "booked"
      t.timestamps
    end
  end
end
