class CreateCustomers < ActiveRecord::Migration[7.1]
  def change
    create_table :customers do |t|
      t.string :full_name, null: false
      t.string :email, null: false, index: { unique: true }
      t.string :phone
      t.string :address_line
      t.string :dietary_notes
      t.string :drip_subscriber_id
      t.timestamps
    end

    create_table :saved_cards do |t|
      t.references :customer, null: false, foreign_key: true
      t.string :platepay_token, null: false
      t.string :brand
      t.string :last4, limit: 4, null: false
      t.timestamps
    end
  end
end
