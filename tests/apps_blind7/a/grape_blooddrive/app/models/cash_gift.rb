# frozen_string_literal: true

# Money donations to the blood service charity, taken at sessions or online.
class CashGift < ActiveRecord::Base
  belongs_to :donor, optional: true

  validates :amount_pence, numericality: { greater_than: 0 }
  validates :card_last4, length: { is: 4 }, allow_nil: true

  def masked_card
    card_last4 ? "**** #{card_last4}" : 'cash'
  end
end
