class DeviseCreateGuardians < ActiveRecord::Migration[7.1]
  def change
    create_table :guardians do |t|
      t.string :email, null: false, default: ""
      t.string :encrypted_password, null: false, default: ""
      t.string :reset_password_token
      t.datetime :reset_password_sent_at
      t.datetime :remember_created_at
      t.string :confirmation_token
      t.datetime :confirmed_at
      t.datetime :confirmation_sent_at
      t.string :full_name, null: false
      t.string :phone, null: false
      t.string :postcode
      t.timestamps null: false
    end

    add_index :guardians, :email, unique: true
    add_index :guardians, :reset_password_token, unique: true
    add_index :guardians, :confirmation_token, unique: true
  end
end
