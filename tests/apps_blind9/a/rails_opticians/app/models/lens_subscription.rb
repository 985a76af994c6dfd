# Monthly contact-lens plan. The plan predates our move to TillStream vaulting, so the card
# is kept here (encrypted) and charged by LensSubscriptionRenewalJob.
class LensSubscription < ApplicationRecord
  include Auditable

  belongs_to :patient

  encrypts :card_number
  encrypts :cardholder_name

  self.audit_skip = %w[card_number card_cvc]

  validates :lens_sku, :monthly_price_pence, :renews_on, presence: true
  validates :card_last4, length: { is: 4 }

  before_validation :derive_card_last4, if: :card_number_changed?

  def masked_card
    "•••• #{card_last4}"
  end

  private

  def derive_card_last4
    self.card_last4 = card_number.to_s.gsub(/\D/, "").last(4)
  end
end
