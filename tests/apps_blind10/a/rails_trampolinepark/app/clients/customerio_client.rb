class CustomerioClient
  include HTTParty

  base_uri "https://track-eu.customer.io/api/v1"
  default_timeout 5

  def initialize
    @auth = { username: Rails.configuration.x.customerio.site_id, password: Rails.configuration.x.customerio.api_key }
  end

  def identify(guardian)
    attributes = { created_at: guardian.created_at.to_i }
    attributes[:email] = guardian.email
    attributes[:name] = guardian.full_name
    attributes[:phone] = guardian.phone
    self.class.put("/customers/guardian-#{guardian.id}", basic_auth: @auth, body: attributes.to_json,
                                                        headers: { "Content-Type" => "application/json" })
  end

  def track(guardian_id, name, data = {})
    self.class.post("/customers/guardian-#{guardian_id}/events", basic_auth: @auth,
                                                                 body: { name: name, data: data }.to_json,
                                                                 headers: { "Content-Type" => "application/json" })
  end
end
