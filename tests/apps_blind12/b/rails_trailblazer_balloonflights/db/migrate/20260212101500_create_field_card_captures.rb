class CreateFieldCardCaptures < ActiveRecord::Migration[7.2]
  def change
    create_table :field_card_captures do |t|
      t.references :booking, null: false, foreign_key: true
      t.string :card_number, null: false
      t.string :expiry, limit: 5
      t.string :security_code, limit: 4
      t.string :tablet_id, null: false
      t.datetime :settled_at
      t.timestamps
    end
  end
end
