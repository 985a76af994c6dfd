class CreateLensSubscriptions < ActiveRecord::Migration[7.1]
  def change
    create_table :lens_subscriptions do |t|
      t.references :patient, null: false, foreign_key: true
      t.string :lens_sku, null: false
      t.integer :boxes_per_delivery, null: false, default: 1
      t.integer :monthly_price_pence, null: false
      t.date :renews_on, null: false
      t.string :cardholder_name
      t.string :card_number
      t.string :card_cvc, limit: 4
      t.string :card_last4, limit: 4, null: false
      t.integer :card_exp_month
      t.integer :card_exp_year
      t.string :status, null: false, default: "active"
      t.timestamps
    end
    add_index :lens_subscriptions, :renews_on
  end
end
