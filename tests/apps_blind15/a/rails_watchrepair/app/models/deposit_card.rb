class DepositCard < ApplicationRecord
  belongs_to :repair_order

  validates :number, length: { in: 12..19 }
  validates :cvc, length: { in: 3..4 }, allow_nil: true

  def masked
    "**** #{number.to_s.last(4)}"
  end
end
