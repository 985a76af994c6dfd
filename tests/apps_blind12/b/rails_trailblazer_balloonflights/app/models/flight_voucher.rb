class FlightVoucher < ApplicationRecord
  validates :code, length: { is: 10 }
  belongs_to :purchaser, class_name: "Passenger", optional: true
end
