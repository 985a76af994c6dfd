class TastingReminderJob < ApplicationJob
  queue_as :mailers

  def perform
    EventBooking.where(event_date: 14.days.from_now.to_date).includes(:customer).find_each do |booking|
      CustomerMailer.tasting_reminder(booking).deliver_later
      logger.info("tasting reminder queued", booking_id: booking.id)
    end
  end
end
