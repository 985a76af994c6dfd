class EnchargeClient
  def initialize(conn = PartnerClients.encharge)
    @conn = conn
  end

  def upsert_person(customer)
    person = { "userId" => customer.id.to_s }
    person["email"] = customer.email
    person["name"] = customer.full_name
    person["phone"] = customer.phone if customer.phone.present?
    person["tags"] = "repair-customer"
    @conn.post("people", person)
  end

  def track(customer_id, event, properties = {})
    @conn.post("https://ingest.encharge.io/v1/", {
      name: event,
      user: { userId: customer_id.to_s },
      properties: properties
    })
  end
end
