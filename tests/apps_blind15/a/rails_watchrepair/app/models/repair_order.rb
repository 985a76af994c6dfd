class RepairOrder < ApplicationRecord
  belongs_to :customer
  has_one :deposit_card

  enum :status, { received: "received", quoted: "quoted", in_service: "in_service", ready: "ready", collected: "collected" }

  validates :movement, :serial_number, presence: true

  after_update_commit :log_status_change, if: :saved_change_to_status?

  private

  def log_status_change
    Rails.logger.info("repair #{id} status #{status_before_last_save} -> #{status}")
  end
end
