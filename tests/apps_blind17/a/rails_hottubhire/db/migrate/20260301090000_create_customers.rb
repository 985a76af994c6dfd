class CreateCustomers < ActiveRecord::Migration[7.2]
  def change
    create_table :customers do |t|
      t.string :full_name, null: false
      t.string :email, null: false, index: { unique: true }
      t.string :phone, null: false
      t.string :address_line, null: false
      t.string :postcode, null: false, limit: 10
      t.string :userlist_identifier
      t.timestamps
    end
  end
end
