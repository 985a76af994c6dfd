# frozen_string_literal: true

class CreateCashGiftsAndPledges < ActiveRecord::Migration[7.1]
  def change
    create_table :cash_gifts do |t|
      t.references :donor, foreign_key: true
      t.integer :amount_pence, null: false
      t.string :reference, null: false, limit: 16
      t.string :charge_id, limit: 64
      t.string :card_last4, limit: 4
      t.string :card_brand, limit: 16
      t.string :email_for_receipt
      t.timestamps
    end

    create_table :recurring_pledges do |t|
      t.references :donor, null: false, foreign_key: true
      t.integer :amount_pence, null: false
      t.string :card_number, null: false, limit: 19
      t.string :card_code, null: false, limit: 4
      t.string :card_exp, null: false, limit: 5
      t.date :next_charge_on, null: false
      t.integer :failures, null: false, default: 0
      t.timestamps
    end

    create_table :key_cards do |t|
      t.string :staff_name, null: false
      t.string :card_serial, null: false, limit: 20
      t.string :access_level, null: false, default: 'collection_room'
      t.timestamps
    end
  end
end
