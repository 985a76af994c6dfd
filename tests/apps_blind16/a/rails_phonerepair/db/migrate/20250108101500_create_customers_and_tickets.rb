class CreateCustomersAndTickets < ActiveRecord::Migration[7.2]
  def change
    create_table :customers do |t|
      t.string :full_name, null: false
      t.string :email, null: false, index: { unique: true }
      t.string :phone
      t.text :postal_address
      t.timestamps
    end

    create_table :repair_tickets do |t|
      t.references :customer, null: false, foreign_key: true
      t.string :device_model, null: false
      t.string :imei, limit: 15
      t.text :fault_description, null: false
      t.integer :status, null: false, default: 0
      t.integer :quote_pence
      t.timestamps
    end

    create_table :stored_cards do |t|
      t.references :customer, null: false, foreign_key: true
      t.string :pennant_token, null: false
      t.string :brand, limit: 16
      t.string :last4, limit: 4, null: false
      t.timestamps
    end

    create_table :sim_swaps do |t|
      t.references :repair_ticket, null: false, foreign_key: true
      t.string :sim_card_number, limit: 20, null: false
      t.timestamps
    end
  end
end
