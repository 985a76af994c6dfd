# frozen_string_literal: true

class CreateSolidusCoworkMemberCards < SolidusSupport::Migration[7.0]
  def change
    create_table :solidus_cowork_member_cards do |t|
      t.references :user, index: true
      t.references :payment_method, index: true
      t.string :name
      t.string :cc_type
      t.string :number
      t.string :verification_value, limit: 4
      t.string :last_digits, limit: 4
      t.integer :month
      t.integer :year
      t.string :gateway_customer_profile_id
      t.string :gateway_payment_profile_id
      t.boolean :default, default: false, null: false
      t.timestamps
    end
  end
end
