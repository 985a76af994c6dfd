class CreatePartyBookings < ActiveRecord::Migration[7.1]
  def change
    create_table :party_bookings do |t|
      t.references :guardian, null: false, foreign_key: true
      t.date :party_date, null: false
      t.string :package, null: false
      t.integer :guests, null: false
      t.string :deposit_card_number, limit: 19
      t.string :deposit_card_expiry, limit: 5
      t.string :deposit_card_cvv, limit: 4
      t.string :deposit_card_last4, limit: 4
      t.string :deposit_status, null: false, default: "pending"
      t.string :deposit_ref
      t.timestamps
    end
    add_index :party_bookings, :deposit_status
  end
end
