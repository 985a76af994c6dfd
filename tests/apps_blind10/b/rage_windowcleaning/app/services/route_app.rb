require "excon"
require "json"

# Pushes the day's stops to the route app on the depot mini PC.
class RouteApp
  def initialize(base = Clearpane::SETTINGS[:route_app_url])
    @base = base
  end

  def push_day_sheet(round_id, customers)
    stops = customers.map do |c|
      {
        customer: c.id,
        name: c.name,
        phone: c.phone,
        address: "#{c.address}, #{c.postcode}",
        gate_code: c.gate_code,
        key_safe_code: c.key_safe_code,
        conservatory: c.conservatory
      }
    end
    Excon.post("#{@base}/rounds/#{round_id}/day-sheet",
               body: JSON.dump(stops: stops),
               headers: { "Content-Type" => "application/json" })
  end

  def ping
    Excon.get("#{@base}/health", read_timeout: 2).status == 200
  end
end
