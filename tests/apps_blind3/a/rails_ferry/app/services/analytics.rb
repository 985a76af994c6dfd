require "digest"

module Analytics
  module_function

  def booking_confirmed(passenger, booking)
    event = AmplitudeAPI::Event.new(
      user_id: passenger.id.to_s,
      event_type: "booking_confirmed",
      event_properties: { route: booking.route_code, cabin: booking.cabin, total_cents: booking.total_cents },
      user_properties: {
        email: passenger.email,
        name: passenger.full_name,
        nationality: passenger.nationality
      }
    )
    AmplitudeAPI.track(event)
  end

  def checkin_completed(passenger, booking)
    AmplitudeAPI.track(
      AmplitudeAPI::Event.new(
        user_id: passenger.id.to_s,
        event_type: "checkin_completed",
        event_properties: { route: booking.route_code },
        user_properties: { email_sha256: Digest::SHA256.hexdigest(passenger.email.downcase) }
      )
    )
  end
end
