class PurgeCardCodesJob < ApplicationJob
  queue_as :maintenance

  def perform
    scope = EventDeposit.where.not(card_cvc: nil).where(created_at: ...1.day.ago)
    count = scope.update_all(card_cvc: nil)
    logger.info("card codes purged", count: count)
  end
end
