class CreateMembershipsAndAttempts < ActiveRecord::Migration[7.1]
  def change
    create_table :memberships do |t|
      t.references :member, null: false, foreign_key: true
      t.string :plan, null: false
      t.date :starts_on
      t.date :ends_on
      t.timestamps
    end

    create_table :payment_attempts do |t|
      t.references :membership, null: false, foreign_key: true
      t.integer :amount_cents, null: false
      t.integer :status, default: 0
      t.string :gateway_reference
      t.timestamps
    end
  end
end
