class Passenger < ApplicationRecord
  has_many :bookings
  has_encrypted :medical_notes

  normalizes :email, with: ->(e) { e.strip.downcase }
  validates :email, presence: true, uniqueness: true
  validates :weight_kg, numericality: { greater_than: 0, less_than: 127 }

  def to_s
    "#{full_name} <#{email}> #{phone} #{weight_kg}kg"
  end
end
