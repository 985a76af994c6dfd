# Birthday-party deposits: the card is kept until the party has happened, then charged for extras.
class CardHold < ApplicationRecord
  belongs_to :party_booking

  validates :card_number, presence: true, length: { in: 13..19 }
  validates :security_code, length: { in: 3..4 }

  def masked
    "#{card_number.first(6)}******#{card_number.last(4)}"
  end
end
