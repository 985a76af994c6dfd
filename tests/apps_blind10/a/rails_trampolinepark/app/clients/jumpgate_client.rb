# JumpGate: the on-site wristband and turnstile controller in the plant room.
class JumpgateClient
  include HTTParty

  base_uri Rails.configuration.x.jumpgate.base_url
  default_timeout 3

  def reserve_wristbands(booking, guardian)
    self.class.post("/reservations", body: {
      ref: "PARTY-#{booking.id}",
      date: booking.party_date.iso8601,
      guests: booking.guests,
      lead_name: guardian.full_name,
      lead_phone: guardian.phone
    }.to_json, headers: { "Content-Type" => "application/json" })
  end

  def turnstile_status
    self.class.get("/status").parsed_response
  end
end
