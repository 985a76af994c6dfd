class CreateFamilies < ActiveRecord::Migration[7.2]
  def change
    create_table :guardians do |t|
      t.string :full_name, null: false
      t.string :email, null: false, index: { unique: true }
      t.string :phone
      t.text :home_address
      t.timestamps
    end

    create_table :choristers do |t|
      t.references :guardian, null: false, foreign_key: true
      t.string :first_name, null: false
      t.date :date_of_birth, null: false
      t.string :voice_part
      t.text :medical_notes
      t.timestamps
    end

    create_table :tuition_plans do |t|
      t.references :guardian, null: false, foreign_key: true
      t.string :gateway_customer_id
      t.string :card_brand
      t.string :card_last4, limit: 4
      t.integer :monthly_pence, null: false
      t.timestamps
    end
  end
end
