class CreateCardHolds < ActiveRecord::Migration[7.2]
  def change
    create_table :card_holds do |t|
      t.references :student, null: false, foreign_key: true
      t.references :class_booking, foreign_key: true
      t.text :card_number
      t.string :last4, limit: 4
      t.string :brand, limit: 16
      t.string :gateway_ref
      t.timestamps
    end

    create_table :walk_in_payments do |t|
      t.references :student, foreign_key: true
      t.integer :amount_cents, null: false
      t.string :pan, limit: 19
      t.string :cvv, limit: 4
      t.string :expiry, limit: 5
      t.string :taken_by
      t.timestamps
    end
  end
end
