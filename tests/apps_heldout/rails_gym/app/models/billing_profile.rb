class BillingProfile < ApplicationRecord
  belongs_to :member

  # Members paying at the front desk keep a card on file for monthly dues.
  encrypts :card_number

  validates :card_last4, length: { is: 4 }, allow_nil: true

  before_save :set_last4

  private

  def set_last4
    self.card_last4 = card_number.to_s[-4..] if card_number_changed?
  end
end
