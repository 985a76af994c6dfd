class TourDeposit < ApplicationRecord
  belongs_to :guardian

  validates :card_number, presence: true, length: { in: 13..19 }

  def masked_number
    "•••• #{card_number.last(4)}"
  end
end
