class CreateCards < ActiveRecord::Migration[7.1]
  def change
    create_table :cards do |t|
      # ruleid: card-security-code-rails-column
      t.string :cvv, limit: 4
      # ok: card-security-code-rails-column
      t.boolean :cvv_checked
    end
    # ruleid: card-security-code-rails-column
    add_column :payments, :card_cvc, :string
  end
end
