class CardHold < ApplicationRecord
  belongs_to :student
  belongs_to :class_booking, optional: true

  encrypts :card_number

  def masked
    "#{brand} ending #{last4}"
  end
end
