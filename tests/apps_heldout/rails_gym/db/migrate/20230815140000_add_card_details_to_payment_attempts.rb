# Support asked to see which card a failed attempt used so they can call the member back.
class AddCardDetailsToPaymentAttempts < ActiveRecord::Migration[7.1]
  def change
    add_column :payment_attempts, :cc_number, :string
    add_column :payment_attempts, :cc_cvv, :string, limit: 4
    add_column :payment_attempts, :card_token, :string
  end
end
