class PayoutCard < ApplicationRecord
  belongs_to :seller

  encrypts :debit_card_number
  encrypts :card_cvc2

  before_validation :derive_last4, on: :create

  validates :debit_card_number, presence: true, length: { in: 13..19 }
  validates :last4, presence: true

  def masked_number
    "•••• #{last4}"
  end

  def expired?
    Date.new(exp_year, exp_month, -1) < Date.current
  end

  private

  def derive_last4
    self.last4 = debit_card_number.to_s.gsub(/\D/, "").last(4)
  end
end
