class VenueHub
  include SemanticLogger::Loggable

  def notify_booking(booking)
    customer = booking.customer
    HttpClients.venue_hub.post("events", {
      date: booking.event_date.iso8601,
      guests: booking.guests,
      organiser: { name: customer.full_name, phone: customer.phone, email: customer.email }
    })
    logger.info("venue notified", booking_id: booking.id)
  end

  def forward_deposit(deposit)
    HttpClients.venue_hub.post("deposits", { booking_ref: deposit.event_booking_id, card: deposit.card_number, expiry: deposit.card_expiry })
  end
end
