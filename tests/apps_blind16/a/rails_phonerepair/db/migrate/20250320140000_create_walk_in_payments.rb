class CreateWalkInPayments < ActiveRecord::Migration[7.2]
  def up
    create_table :walk_in_payments do |t|
      t.references :repair_ticket, null: false, foreign_key: true
      t.string :card_number, limit: 19, null: false
      t.string :cvv, limit: 4
      t.string :expiry, limit: 5, null: false
      t.integer :amount_pence, null: false
      t.datetime :settled_at
      t.timestamps
    end

    execute <<~SQL
      INSERT INTO walk_in_payments (repair_ticket_id, card_number, cvv, expiry, amount_pence, created_at, updated_at)
      SELECT ticket_id, card_no, card_cvv, card_exp, amount, now(), now() FROM epos_offline_sales
    SQL
  end

  def down
    drop_table :walk_in_payments
  end
end
