class ManifestUploadJob
  include Sidekiq::Job
  sidekiq_options queue: :compliance, retry: 10

  def perform(route_code, sailing_at_iso)
    sailing_at = Time.iso8601(sailing_at_iso)
    bookings = Booking.where(route_code: route_code, sailing_at: sailing_at, status: "confirmed").includes(:passenger).to_a
    response = PortAuthorityClient.new.submit_manifest(route_code, sailing_at, bookings)
    logger.info("manifest #{route_code}@#{sailing_at_iso} sent: #{bookings.size} passengers, status #{response.status}")
  rescue Faraday::Error => e
    logger.error("manifest #{route_code}@#{sailing_at_iso} failed: #{e.class}")
    raise
  end
end
