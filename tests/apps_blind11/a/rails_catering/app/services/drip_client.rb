class DripClient
  def upsert_subscriber(customer)
    first, last = customer.full_name.split(" ", 2)
    subscriber = {
      email: customer.email,
      first_name: first,
      last_name: last,
      phone: customer.phone,
      address1: customer.address_line,
      tags: ["catering-client"]
    }
    subscriber[:custom_fields] = { dietary: customer.dietary_notes } if customer.dietary_notes.present?
    resp = HttpClients.drip.post("subscribers", { subscribers: [subscriber] })
    resp.body.dig("subscribers", 0, "id")
  end

  def record_event(drip_subscriber_id, action)
    HttpClients.drip.post("events", { events: [{ id: drip_subscriber_id, action: action }] })
  end
end
