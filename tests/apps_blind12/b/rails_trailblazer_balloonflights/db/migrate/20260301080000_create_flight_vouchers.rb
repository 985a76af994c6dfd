class CreateFlightVouchers < ActiveRecord::Migration[7.2]
  def change
    create_table :flight_vouchers do |t|
      t.string :code, limit: 10, null: false, index: { unique: true }
      t.integer :value_pence, null: false
      t.references :purchaser, foreign_key: { to_table: :passengers }
      t.timestamps
    end
    add_column :bookings, :card_fingerprint, :string, limit: 64
  end
end
