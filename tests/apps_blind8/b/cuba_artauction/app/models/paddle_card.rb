# frozen_string_literal: true

# Card registered with a paddle. Live-room buyers settle on the day; the card on the paddle is
# charged for the invoice balance if they leave without paying.
class PaddleCard < ActiveRecord::Base
  belongs_to :bidder

  validates :paddle_number, presence: true, uniqueness: { scope: :sale_code }
  validates :card_last4, length: { is: 4 }, allow_nil: true

  def masked
    "#{card_brand} •••• #{card_last4}"
  end
end

# Consignor payouts go to the seller's card when they have no bank account in the region.
class ConsignorPayout < ActiveRecord::Base
  encrypts :payout_card_number
  encrypts :payee_email, deterministic: true

  validates :amount_cents, numericality: { greater_than: 0 }
end
