require "digest"

class VeroClient
  def track_booking(customer, booking)
    HttpClients.vero.post("events/track", {
      auth_token: ENV["VERO_AUTH_TOKEN"],
      identity: { id: customer.id.to_s, email: customer.email },
      event_name: "Event booked",
      data: { guests: booking.guests, venue: booking.venue }
    })
  end

  def track_tasting(customer_id)
    HttpClients.vero.post("events/track", {
      auth_token: ENV["VERO_AUTH_TOKEN"],
      identity: { id: customer_id.to_s },
      event_name: "Tasting scheduled"
    })
  end
end
