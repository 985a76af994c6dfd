class Payment < ApplicationRecord
  belongs_to :customer

  # Active Record encryption: the column holds ciphertext.
  encrypts :card_number, deterministic: true
  encrypts :billing_email

  validates :amount_cents, numericality: { greater_than: 0 }
end
