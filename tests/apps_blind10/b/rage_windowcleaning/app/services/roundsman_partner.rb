require "excon"
require "json"

# Roundsman franchise partners do gutter clearing and conservatory roofs we subcontract.
class RoundsmanPartner
  def initialize(settings = Clearpane::SETTINGS)
    @conn = Excon.new(settings[:roundsman_url],
                      ssl_verify_peer: settings[:roundsman_verify],
                      headers: { "Content-Type" => "application/json" })
  end

  def refer_gutter_job(customer, notes)
    @conn.post(path: "/api/referrals", body: JSON.dump(
      source: "clearpane",
      customer: { name: customer.name, phone: customer.phone, address: customer.address,
                  postcode: customer.postcode },
      notes: notes
    ))
  end
end
