class PurgeSettledWalkInsJob < ApplicationJob
  queue_as :maintenance

  def perform
    count = WalkInPayment.where.not(settled_at: nil).where(settled_at: ..7.days.ago).delete_all
    logger.info("purged #{count} settled walk-in payments")
  end
end
