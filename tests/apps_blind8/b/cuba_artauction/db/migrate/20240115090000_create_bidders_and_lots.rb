class CreateBiddersAndLots < ActiveRecord::Migration[7.1]
  def change
    create_table :bidders do |t|
      t.string :full_name, null: false
      t.string :email, null: false, index: { unique: true }
      t.string :phone, null: false
      t.string :billing_address
      t.string :passport_number
      t.bigint :credit_limit_cents, null: false, default: 0
      t.string :password_digest, null: false
      t.timestamps
    end

    create_table :lots do |t|
      t.string :sale_code, null: false
      t.integer :lot_number, null: false
      t.string :title, null: false
      t.string :artist
      t.bigint :low_estimate_cents
      t.bigint :high_estimate_cents
      t.bigint :hammer_cents
      t.references :buyer, foreign_key: { to_table: :bidders }
      t.timestamps
      t.index [:sale_code, :lot_number], unique: true
    end

    create_table :absentee_bids do |t|
      t.references :bidder, null: false, foreign_key: true
      t.references :lot, null: false, foreign_key: true
      t.bigint :max_bid_cents, null: false
      t.timestamps
    end
  end
end
