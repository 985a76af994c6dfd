class CreatePayments < ActiveRecord::Migration[7.1]
  def change
    create_table :payments do |t|
      # ruleid: card-number-rails-column
      t.string :card_number
      # ruleid: card-number-rails-column
      t.string :cc_num, null: false
      # ok: card-number-rails-column
      t.string :card_last4, limit: 4
      # ok: card-number-rails-column
      t.string :card_number, limit: 4
      # ok: card-number-rails-column
      t.string :card_token
    end
    # ruleid: card-number-rails-column
    add_column :orders, :pan, :string
  end
end

ActiveRecord::Schema[7.1].define(version: 2024_01_01_000000) do
  create_table "cards", force: :cascade do |t|
    # ruleid: card-number-rails-column
    t.string "credit_card_number"
    # ok: card-number-rails-column
    t.string "masked_number"
  end
end
