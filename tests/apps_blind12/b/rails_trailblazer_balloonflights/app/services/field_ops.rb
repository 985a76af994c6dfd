class FieldOps
  # Retrieve crew follows the balloon by road and phones the lead passenger at landing.
  def notify_retrieve(booking)
    p = booking.passenger
    Http::RETRIEVE["manifests"].post({ flight: booking.flight_id, lead: p.full_name, phone: p.phone,
                                       weight_kg: p.weight_kg }.to_json, content_type: :json)
  end

  # Launch tablet shows the basket load plan: weights per seat, no names.
  def push_load_plan(flight)
    seats = flight.bookings.includes(:passenger).map.with_index { |b, i| { seat: i + 1, kg: b.passenger.weight_kg } }
    Http::LAUNCH_TABLET["flights/#{flight.id}/load"].put(seats.to_json, content_type: :json)
  end

  def push_manifest_names(flight)
    names = flight.bookings.includes(:passenger).map { |b| { name: b.passenger.full_name, dob: b.passenger.date_of_birth } }
    Http::LAUNCH_TABLET["flights/#{flight.id}/manifest"].put(names.to_json, content_type: :json)
  end
end
