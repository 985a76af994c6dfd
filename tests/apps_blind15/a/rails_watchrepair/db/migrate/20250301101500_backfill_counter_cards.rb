class BackfillCounterCards < ActiveRecord::Migration[7.1]
  def up
    execute <<~SQL
      INSERT INTO deposit_cards (repair_order_id, holder_name, number, expiry, cvc, created_at, updated_at)
      SELECT repair_order_id, holder, card_no, card_exp, card_cvc, now(), now() FROM counter_book_cards
    SQL
    drop_table :counter_book_cards
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end
end
