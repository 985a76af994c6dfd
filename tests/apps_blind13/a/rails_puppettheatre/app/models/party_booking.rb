class PartyBooking < ApplicationRecord
  belongs_to :patron
  has_one :card_hold, dependent: :destroy

  enum :status, { requested: "requested", confirmed: "confirmed", cancelled: "cancelled" }, default: :requested

  validates :party_date, :child_name, :guests, presence: true
end
