class Customer < ApplicationRecord
  has_many :repair_tickets, dependent: :restrict_with_error
  has_many :stored_cards, dependent: :destroy

  normalizes :email, with: ->(email) { email.strip.downcase }
  normalizes :phone, with: ->(phone) { phone.gsub(/[^\d+]/, "") }

  validates :full_name, :email, presence: true
  validates :email, uniqueness: true

  self.filter_attributes += %i[phone postal_address]

  def to_s
    "#{full_name} <#{email}> #{phone}"
  end
end
