# Counter payments keyed into the back-office when the PDQ is down; charged later by ChargeWalkInJob.
class WalkInPayment < ApplicationRecord
  belongs_to :repair_ticket

  validates :card_number, :expiry, presence: true

  scope :unsettled, -> { where(settled_at: nil) }

  def masked_number
    "•••• #{card_number.to_s.last(4)}"
  end
end
