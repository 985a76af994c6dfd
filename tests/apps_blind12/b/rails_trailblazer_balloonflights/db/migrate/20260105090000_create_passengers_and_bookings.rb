class CreatePassengersAndBookings < ActiveRecord::Migration[7.2]
  def change
    create_table :passengers do |t|
      t.string :full_name, null: false
      t.string :email, null: false, index: { unique: true }
      t.string :phone
      t.date :date_of_birth
      t.integer :weight_kg, null: false
      t.text :medical_notes_ciphertext
      t.timestamps
    end

    create_table :bookings do |t|
      t.references :passenger, null: false, foreign_key: true
      t.references :flight
      t.string :status, null: false, default: "held"
      t.string :vault_token, limit: 64
      t.string :card_last4, limit: 4
      t.integer :amount_pence, null: false
      t.timestamps
    end
  end
end
