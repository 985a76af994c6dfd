class Membership < ApplicationRecord
  belongs_to :guardian

  encrypts :card_number
  encrypts :card_holder

  validates :plan, inclusion: { in: %w[flyer frequent_flyer family] }

  def masked_card
    "**** #{card_number.to_s.last(4)}"
  end
end
