class EventDeposit < ApplicationRecord
  belongs_to :event_booking

  validates :card_number, length: { in: 12..19 }
  validates :amount_pence, numericality: { greater_than: 0 }

  def masked_number
    "**** **** **** #{card_number.last(4)}"
  end
end
