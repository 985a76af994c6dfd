class WoolClipConsumer < ApplicationConsumer
  MICRON_BANDS = { fine: 0..21.5, medium: 21.5..27.0, strong: 27.0..Float::INFINITY }.freeze

  def consume
    batch = messages.map(&:payload)
    batch.group_by { |clip| clip["booking_id"] }.each do |booking_id, clips|
      booking = ShearingBooking[booking_id]
      next unless booking

      total_kg = clips.sum { |c| c["fleece_kg"].to_f }
      bands = clips.map { |c| band_for(c["micron"].to_f) }.tally
      DB[:shearing_bookings].where(id: booking.id).update(status: "clipped")
      HttpClients.grading_lab.post(path: "/clips", body: JSON.generate(booking: booking.id, kg: total_kg.round(1), bands: bands))
      Log.root.info("clip recorded", booking_id: booking.id, farmer_id: booking.farmer_id, kg: total_kg.round(1), bands: bands)
    end
  end

  private

  def band_for(micron)
    MICRON_BANDS.find { |_, range| range.cover?(micron) }&.first || :unknown
  end
end
