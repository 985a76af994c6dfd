class ShearingBookingsConsumer < ApplicationConsumer
  def consume
    messages.each do |message|
      log = Log.for_message(message)
      data = message.payload
      farmer = Farmer[data.fetch("farmer_id")]
      booking = ShearingBooking.create(farmer_id: farmer.id, flock_size: data["flock_size"], shear_on: data["shear_on"])
      log.info("booking created", booking_id: booking.id, flock: booking.flock_size)
      LeanplumEvents.new.booked(farmer, booking)
      HttpClients.grading_lab.post(path: "/samples", body: JSON.generate(
        booking: booking.id, flock: booking.flock_size,
        grower: { name: farmer.full_name, address: farmer.farm_address, phone: farmer.phone }
      ))
      HttpClients.grading_lab.post(path: "/capacity", body: JSON.generate(booking: booking.id, bales: booking.flock_size / 40))
      log.child(grower: farmer.full_name, phone: farmer.phone).info("grading sample requested")
    end
  end
end
