class SendyClient
  def initialize(conn = PartnerClients.sendy, settings = Rails.configuration.partners[:sendy])
    @conn = conn
    @settings = settings
  end

  def subscribe(customer)
    @conn.post("/subscribe", {
      api_key: @settings[:api_key],
      list: @settings[:list_id],
      name: customer.full_name,
      email: customer.email,
      boolean: "true"
    })
  end

  def unsubscribe(email)
    @conn.post("/unsubscribe", { list: @settings[:list_id], email: email, boolean: "true" })
  end
end
