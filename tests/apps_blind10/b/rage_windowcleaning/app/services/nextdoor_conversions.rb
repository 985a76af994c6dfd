require "digest"
require "excon"
require "json"

# Nextdoor Conversions API: leads from neighbourhood ads; identifiers are SHA-256 hashed.
class NextdoorConversions
  URL = "https://ads.nextdoor.com/v2/api/conversions/track".freeze

  def initialize(settings = Clearpane::SETTINGS)
    @token = settings[:nextdoor_token]
    @advertiser = settings[:nextdoor_advertiser]
  end

  def lead(customer)
    customer_data = { email: sha256(customer.email), zip_code: sha256(customer.postcode.delete(" ")) }
    Excon.post(URL, body: JSON.dump(
      event_name: "lead",
      event_id: "customer-#{customer.id}",
      event_time: Time.now.utc.iso8601,
      client_id: @advertiser,
      action_source: "website",
      customer: customer_data
    ), headers: { "Authorization" => "Bearer #{@token}", "Content-Type" => "application/json" })
  end

  private

  def sha256(value)
    Digest::SHA256.hexdigest(value.to_s.strip.downcase)
  end
end
