# Card the monthly round plan is charged from. Imported from RoundBook in 2022.
class PlanCard
  include Dynamoid::Document

  table name: :plan_cards, key: :customer_id

  field :holder_name
  field :card_number
  field :card_expiry
  field :card_cvc
  field :card_last4
  field :monthly_pence, :integer
  field :next_charge_on, :date

  def masked
    "•••• #{card_last4} (#{card_expiry})"
  end
end
