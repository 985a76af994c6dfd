# Payment a cleaner took on the doorstep with the phone app.
class DoorstepPayment
  include Dynamoid::Document

  table name: :doorstep_payments, key: :id

  field :customer_id
  field :cleaner_id
  field :amount_pence, :integer
  field :card_brand
  field :card_last4
  field :card_ciphertext
  field :gateway_ref
  field :status, :string, default: "pending"

  def card=(number)
    self.card_ciphertext = CardBox.box.encrypt(number)
    self.card_last4 = number[-4..]
  end

  def ref
    "doorstep:#{id} #{card_brand} #{card_last4} #{status}"
  end
end
