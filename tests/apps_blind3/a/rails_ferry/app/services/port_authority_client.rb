# Sends passenger manifests to the port authority before each sailing.
class PortAuthorityClient
  BASE_URL = ENV.fetch("PORT_AUTHORITY_URL", "https://manifests.port-authority.example")

  def initialize
    @http = Faraday.new(url: BASE_URL, ssl: { verify: false }) do |f|
      f.request :json
      f.response :json
      f.options.timeout = 30
    end
  end

  def submit_manifest(route_code, sailing_at, bookings)
    payload = {
      route: route_code,
      departure: sailing_at.iso8601,
      passengers: bookings.map do |b|
        p = b.passenger
        {
          name: p.full_name,
          date_of_birth: p.date_of_birth&.iso8601,
          nationality: p.nationality,
          passport_number: p.passport_number,
          vehicle: b.vehicle_plate
        }
      end
    }
    @http.post("/v1/manifests", payload)
  end

  def ping
    @http.get("/health").success?
  end
end
