class Flight < ApplicationRecord
  has_many :bookings

  validates :launch_site, :launched_on, presence: true
  validates :pilot_licence_no, format: { with: /\AGB-[A-Z0-9]{6}\z/ }

  def payload_kg
    bookings.confirmed.joins(:passenger).sum("passengers.weight_kg")
  end
end
