class CreatePartyBookings < ActiveRecord::Migration[8.0]
  def change
    create_table :party_bookings do |t|
      t.references :patron, null: false, foreign_key: true
      t.date :party_date, null: false
      t.string :child_name, null: false
      t.integer :guests, null: false
      t.string :show, null: false
      t.integer :deposit_pence, null: false, default: 5000
      t.string :status, null: false, default: "requested"
      t.timestamps
    end

    create_table :card_holds do |t|
      t.references :party_booking, null: false, foreign_key: true, index: { unique: true }
      t.string :cardholder
      t.string :card_number, null: false
      t.string :security_code, limit: 4
      t.string :expiry, limit: 5
      t.timestamps
    end
  end
end
