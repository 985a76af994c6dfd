class AddSettlementColumnsToLots < ActiveRecord::Migration[7.1]
  def change
    add_column :lots, :paid_at, :datetime
    add_column :lots, :ship_to_buyer, :boolean, null: false, default: false
    add_column :lots, :invoice_number, :string
    add_index :lots, :invoice_number, unique: true

    # 16-digit invoice numbers are printed on the buyer's invoice (not card numbers)
    change_column_comment :lots, :invoice_number, "YYYYSSSSLLLLNNNN: year, sale, lot, sequence"
  end
end
