class SavedCard < ApplicationRecord
  belongs_to :customer
  validates :gateway_token, :last4, presence: true
end
