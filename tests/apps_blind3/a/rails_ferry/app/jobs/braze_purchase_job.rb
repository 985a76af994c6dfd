class BrazePurchaseJob
  include Sidekiq::Job
  sidekiq_options queue: :marketing

  def perform(booking_id)
    booking = Booking.find(booking_id)
    purchase = {
      external_id: booking.passenger_id.to_s,
      product_id: booking.route_code,
      currency: "EUR",
      price: booking.total_cents / 100.0,
      time: booking.created_at.iso8601,
      properties: { cabin: booking.cabin, has_vehicle: booking.vehicle_plate.present? }
    }
    BrazeSyncJob.new.braze.post("/users/track", { purchases: [purchase] })
  end
end
