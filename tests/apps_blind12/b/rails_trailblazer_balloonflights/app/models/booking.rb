class Booking < ApplicationRecord
  belongs_to :passenger
  belongs_to :flight, optional: true

  enum :status, { held: "held", confirmed: "confirmed", flown: "flown", cancelled: "cancelled" }
end
