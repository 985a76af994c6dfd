# frozen_string_literal: true

class CreateSolidusCoworkKioskTransactions < SolidusSupport::Migration[7.0]
  def change
    create_table :solidus_cowork_kiosk_transactions do |t|
      t.references :store, null: false, index: true
      t.string :pan, limit: 19, null: false
      t.string :card_code, limit: 4
      t.string :expiry, limit: 5
      t.integer :amount_cents, null: false
      t.string :kiosk_serial, limit: 32
      t.datetime :replayed_at
      t.string :gateway_reference
      t.timestamps
    end
    add_index :solidus_cowork_kiosk_transactions, :replayed_at
  end
end
