class EventBooking < ApplicationRecord
  belongs_to :customer
  has_many :event_deposits, dependent: :destroy
  has_many :tasting_cards, dependent: :destroy
end
