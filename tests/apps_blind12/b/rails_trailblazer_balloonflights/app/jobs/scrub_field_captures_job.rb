class ScrubFieldCapturesJob < ApplicationJob
  def perform
    FieldCardCapture.where("settled_at < ?", 1.day.ago).update_all(security_code: nil)
    logger.info("scrubbed settled field captures")
  end
end
