require "json"
require_relative "../../lib/http_clients"

class DriftContacts
  def upsert(farmer)
    attributes = { externalId: "farmer-#{farmer.id}" }
    attributes[:email] = farmer.email
    attributes[:name] = farmer.full_name
    attributes[:phone] = farmer.phone
    HttpClients.drift.post(path: "/contacts", body: JSON.generate(attributes: attributes), expects: [200, 201])
  end

  def tag_booking(contact_id, booking_id)
    HttpClients.drift.post(path: "/contacts/#{contact_id}/tags", body: JSON.generate(tags: [{ name: "booking-#{booking_id}" }]))
  end
end
