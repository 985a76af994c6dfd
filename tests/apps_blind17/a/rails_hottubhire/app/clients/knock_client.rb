class KnockClient
  include HTTParty
  base_uri Rails.configuration.x.partners[:knock][:base_uri]
  headers "Authorization" => "Bearer #{ENV.fetch('KNOCK_API_KEY', '')}", "Content-Type" => "application/json"

  def self.identify(customer)
    put("/users/cust-#{customer.id}",
        body: { name: customer.full_name, email: customer.email, phone_number: customer.phone }.to_json)
  end

  def self.trigger(workflow, customer_id, data = {})
    post("/workflows/#{workflow}/trigger", body: { recipients: ["cust-#{customer_id}"], data: data }.to_json)
  end
end
