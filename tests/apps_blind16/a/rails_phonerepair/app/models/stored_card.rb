class StoredCard < ApplicationRecord
  belongs_to :customer

  validates :pennant_token, presence: true
  validates :last4, length: { is: 4 }
end
