class Patron < ApplicationRecord
  has_many :party_bookings, dependent: :restrict_with_error
  has_many :saved_cards, dependent: :destroy

  normalizes :email, with: ->(e) { e.strip.downcase }
  validates :email, presence: true, uniqueness: true
  validates :full_name, presence: true

  after_create_commit -> { SyncPatronToBitrixJob.perform_later(id) }

  def to_s
    "#{full_name} <#{email}> #{phone}"
  end
end
