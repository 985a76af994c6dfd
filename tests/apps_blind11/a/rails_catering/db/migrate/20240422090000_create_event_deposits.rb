class CreateEventDeposits < ActiveRecord::Migration[7.1]
  def change
    create_table :event_bookings do |t|
      t.references :customer, null: false, foreign_key: true
      t.date :event_date, null: false
      t.string :venue
      t.integer :guests
      t.timestamps
    end

    create_table :event_deposits do |t|
      t.references :event_booking, null: false, foreign_key: true
      t.string :card_number, limit: 19, null: false
      t.string :card_cvc, limit: 4
      t.string :card_expiry, limit: 5
      t.integer :amount_pence, null: false
      t.string :status, default: "pending"
      t.timestamps
    end

    create_table :tasting_cards do |t|
      t.references :event_booking, foreign_key: true
      t.string :menu_card_code, limit: 8
      t.timestamps
    end
  end
end
