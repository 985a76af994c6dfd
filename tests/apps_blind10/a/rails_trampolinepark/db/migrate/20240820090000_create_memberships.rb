class CreateMemberships < ActiveRecord::Migration[7.1]
  def change
    create_table :memberships do |t|
      t.references :guardian, null: false, foreign_key: true
      t.string :plan, null: false
      t.text :card_number
      t.text :card_holder
      t.string :card_expiry, limit: 5
      t.date :renews_on, null: false
      t.timestamps
    end
  end
end
