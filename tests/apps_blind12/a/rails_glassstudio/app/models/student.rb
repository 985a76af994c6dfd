class Student < ApplicationRecord
  has_many :class_bookings, dependent: :destroy
  has_many :card_holds, dependent: :destroy

  normalizes :email, with: ->(e) { e.strip.downcase }
  validates :email, presence: true, uniqueness: true

  self.filter_attributes += [:date_of_birth, :emergency_contact_phone]

  def to_s
    "#{full_name} <#{email}> #{phone}"
  end
end
