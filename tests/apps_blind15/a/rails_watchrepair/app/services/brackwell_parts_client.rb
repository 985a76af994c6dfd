class BrackwellPartsClient
  def initialize(conn = HttpClients.brackwell)
    @conn = conn
  end

  def reserve_parts(order)
    customer = order.customer
    @conn.post("reservations", {
      movement: order.movement,
      serial: order.serial_number,
      ship_to: { name: customer.full_name, address: customer.postal_address, phone: customer.phone }
    })
  end
end
