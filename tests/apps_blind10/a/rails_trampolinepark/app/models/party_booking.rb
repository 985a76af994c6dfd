class PartyBooking < ApplicationRecord
  belongs_to :guardian

  DEPOSIT_PENCE = 5000

  validates :party_date, :package, :guests, presence: true
  validates :deposit_card_number, length: { in: 13..19 }, allow_nil: true

  before_save :derive_last4
  after_commit :schedule_deposit_capture, on: :create

  scope :awaiting_deposit, -> { where(deposit_status: "pending") }

  def clear_card!
    update!(deposit_card_number: nil, deposit_card_cvv: nil)
  end

  private

  def derive_last4
    self.deposit_card_last4 = deposit_card_number.last(4) if deposit_card_number.present?
  end

  def schedule_deposit_capture
    PartyDepositJob.perform_in(5.minutes, id)
  end
end
