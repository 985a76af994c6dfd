class NutshellClient
  def initialize(conn = HttpClients.nutshell)
    @conn = conn
  end

  def upsert_contact(customer)
    contact = { name: customer.full_name }
    contact[:email] = { "--primary" => customer.email }
    contact[:phone] = { "--primary" => customer.phone }
    contact[:address] = { "--primary" => { address_1: customer.postal_address.to_s.lines.first.to_s.strip } }
    rpc("newContact", contact: contact)
  end

  def log_repair_note(customer_id, order)
    rpc("newNote", entity: { entityType: "Contacts", id: customer_id }, note: "Repair #{order.id}: #{order.movement} #{order.status}")
  end

  def log_counter_visit(customer, order)
    rpc("newActivity", activity: {
      name: "Counter drop-off",
      description: "#{customer.full_name} (#{customer.phone}) left a #{order.movement} for service",
      participants: [{ entityType: "Contacts", id: customer.id }]
    })
  end

  private

  def rpc(method, params)
    response = @conn.post("", { method: method, params: params, id: SecureRandom.uuid })
    if response.body["error"]
      Rails.logger.warn("nutshell #{method} failed: #{response.body['error']} params=#{params.inspect}")
    end
    response.body["result"]
  end
end
