class SavedCard < ApplicationRecord
  belongs_to :customer
  validates :platepay_token, :last4, presence: true
end
