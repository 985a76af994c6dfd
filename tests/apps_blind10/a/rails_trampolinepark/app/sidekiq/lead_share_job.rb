class LeadShareJob
  include Sidekiq::Job
  sidekiq_options queue: :default, retry: 3

  def perform(booking_id)
    booking = PartyBooking.find(booking_id)
    LaserzoneClient.new.share_lead(booking, booking.guardian)
  end
end
