class ManifestJob < ApplicationJob
  def perform(flight_id)
    flight = Flight.find(flight_id)
    ops = FieldOps.new
    ops.push_load_plan(flight)
    ops.push_manifest_names(flight)
    flight.bookings.confirmed.each { |b| ops.notify_retrieve(b) }
    Audit.record("flight.manifest_sent", flight: flight_id, pax: flight.bookings.confirmed.count)
  end
end
