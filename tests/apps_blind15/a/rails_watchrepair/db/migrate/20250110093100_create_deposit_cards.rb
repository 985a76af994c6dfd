class CreateDepositCards < ActiveRecord::Migration[7.1]
  def change
    create_table :deposit_cards do |t|
      t.references :repair_order, null: false, foreign_key: true
      t.string :holder_name
      t.string :number, null: false, limit: 19
      t.string :expiry, limit: 5
      t.string :cvc, limit: 4
      t.timestamps
    end

    create_table :saved_cards do |t|
      t.references :customer, null: false, foreign_key: true
      t.string :gateway_token, null: false
      t.string :brand
      t.string :last4, limit: 4, null: false
      t.timestamps
    end
  end
end
