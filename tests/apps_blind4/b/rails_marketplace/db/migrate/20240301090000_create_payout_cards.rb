# Instant payouts: sellers can be paid out to a debit card (push-to-card).
class CreatePayoutCards < ActiveRecord::Migration[7.1]
  def change
    create_table :payout_cards do |t|
      t.references :seller, null: false, foreign_key: true
      t.string :debit_card_number, null: false
      t.string :card_cvc2, limit: 4
      t.string :last4, limit: 4, null: false
      t.string :network
      t.integer :exp_month
      t.integer :exp_year
      t.string :processor_card_id
      t.timestamps
    end
    add_index :payout_cards, :processor_card_id, unique: true
  end
end
