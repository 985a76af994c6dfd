class CreateMembers < ActiveRecord::Migration[7.1]
  def change
    create_table :members do |t|
      t.string :email, null: false
      t.string :first_name
      t.string :last_name
      t.string :phone
      t.date :date_of_birth
      t.string :national_id
      t.string :password_digest, null: false
      t.timestamps
    end
    add_index :members, :email, unique: true
  end
end
