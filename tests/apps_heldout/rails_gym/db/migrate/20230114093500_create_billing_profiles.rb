class CreateBillingProfiles < ActiveRecord::Migration[7.1]
  def change
    create_table :billing_profiles do |t|
      t.references :member, null: false, foreign_key: true
      t.string :card_number
      t.string :card_last4, limit: 4
      t.string :card_brand
      t.integer :exp_month
      t.integer :exp_year
      t.timestamps
    end
  end
end
