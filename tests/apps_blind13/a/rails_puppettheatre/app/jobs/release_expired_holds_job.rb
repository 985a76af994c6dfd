class ReleaseExpiredHoldsJob < ApplicationJob
  queue_as :maintenance

  def perform
    expired = CardHold.joins(:party_booking).where(party_bookings: { party_date: ...7.days.ago.to_date })
    count = expired.count
    expired.destroy_all
    Rails.logger.info "released #{count} expired card holds"
  end
end
