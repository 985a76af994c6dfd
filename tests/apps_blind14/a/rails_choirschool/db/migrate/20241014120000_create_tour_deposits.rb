class CreateTourDeposits < ActiveRecord::Migration[7.2]
  def change
    create_table :tour_deposits do |t|
      t.references :guardian, null: false, foreign_key: true
      t.string :tour_code, null: false
      t.string :card_number, null: false
      t.string :card_cvc, limit: 4
      t.string :card_expiry, limit: 5
      t.integer :amount_pence, null: false
      t.timestamps
    end

    add_column :choristers, :library_card_number, :string, limit: 14
  end
end
