class Customer < ApplicationRecord
  has_many :repair_orders
  has_many :saved_cards

  normalizes :email, with: ->(email) { email.strip.downcase }
  validates :full_name, :email, :phone, presence: true

  def crm_contact?
    crm_synced_at.present?
  end

  def to_s
    "#{full_name} <#{email}> #{phone}"
  end
end
