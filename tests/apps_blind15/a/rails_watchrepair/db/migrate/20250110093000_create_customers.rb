class CreateCustomers < ActiveRecord::Migration[7.1]
  def change
    create_table :customers do |t|
      t.string :full_name, null: false
      t.string :email, null: false, index: { unique: true }
      t.string :phone, null: false
      t.text :postal_address
      t.datetime :crm_synced_at
      t.timestamps
    end

    create_table :repair_orders do |t|
      t.references :customer, null: false, foreign_key: true
      t.string :movement, null: false
      t.string :serial_number, null: false
      t.string :case_reference, limit: 20
      t.string :status, null: false, default: "received"
      t.integer :quote_pence
      t.timestamps
    end
  end
end
