class CreateContacts < ActiveRecord::Migration[7.1]
  def change
    create_table :contacts do |t|
      t.string :email, null: false
      t.string :card_number # expect: card_number_storage
      t.string :card_last4, limit: 4
      t.string :card_token
      t.string :cvv, limit: 4 # expect: card_security_code_storage
      t.timestamps
    end
  end
end
