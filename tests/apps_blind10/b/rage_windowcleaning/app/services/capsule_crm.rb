require "excon"
require "json"

# Capsule CRM: commercial and domestic customers for the office team.
class CapsuleCrm
  URL = "https://api.capsulecrm.com/api/v2/parties".freeze

  def initialize(token = Clearpane::SETTINGS[:capsule_token])
    @token = token
  end

  def create_party(customer)
    first, last = customer.name.split(" ", 2)
    party = { type: "person", firstName: first, lastName: last || first }
    party[:emailAddresses] = [{ address: customer.email }] if customer.email.present?
    party[:phoneNumbers] = [{ number: customer.phone }] if customer.phone.present?
    party[:addresses] = [{ street: customer.address, zip: customer.postcode, country: "United Kingdom" }]

    Excon.post(URL, body: JSON.dump(party: party),
                    headers: { "Authorization" => "Bearer #{@token}", "Content-Type" => "application/json" },
                    expects: [201])
  end
end
