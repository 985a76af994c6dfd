class SimSwap < ApplicationRecord
  belongs_to :repair_ticket

  # ICCID printed on the replacement SIM card handed over the counter
  validates :sim_card_number, presence: true, length: { in: 19..20 }
end
