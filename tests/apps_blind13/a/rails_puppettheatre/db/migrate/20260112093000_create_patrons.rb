class CreatePatrons < ActiveRecord::Migration[8.0]
  def change
    create_table :patrons do |t|
      t.string :full_name, null: false
      t.string :email, null: false, index: { unique: true }
      t.string :phone
      t.string :postcode
      t.date :child_birthday
      t.timestamps
    end

    create_table :saved_cards do |t|
      t.references :patron, null: false, foreign_key: true
      t.string :gateway_token, null: false
      t.string :brand
      t.string :last4, limit: 4
      t.timestamps
    end

    create_table :gift_vouchers do |t|
      t.string :voucher_card_number, limit: 12, null: false, index: { unique: true }
      t.integer :balance_pence, default: 0
      t.timestamps
    end
  end
end
