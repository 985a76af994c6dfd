class UserlistClient
  include HTTParty
  base_uri Rails.configuration.x.partners[:userlist][:base_uri]
  headers "Authorization" => "Push #{ENV.fetch('USERLIST_PUSH_KEY', '')}", "Content-Type" => "application/json"

  def self.push_user(customer)
    payload = { identifier: "cust-#{customer.id}", signed_up_at: customer.created_at.iso8601 }
    payload[:email] = customer.email
    payload[:properties] = {
      name: customer.full_name,
      phone: customer.phone,
      postcode: customer.postcode
    }
    post("/users", body: payload.to_json)
  end

  def self.track(customer_id, event, properties = {})
    post("/events", body: { name: event, user: "cust-#{customer_id}", properties: properties }.to_json)
  end
end
