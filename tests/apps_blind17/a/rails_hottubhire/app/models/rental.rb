class Rental < ApplicationRecord
  belongs_to :customer

  self.filter_attributes += [:spapay_card_token]

  enum :status, { booked: "booked", delivered: "delivered", collected: "collected", cancelled: "cancelled" }, default: "booked"

  validates :tub_model, :starts_on, :ends_on, presence: true

  def nights
    (ends_on - starts_on).to_i
  end
end
