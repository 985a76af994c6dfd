module Edgewise
  class Bookings
    def initialize(customers: CustomerRepo.new) = @customers = customers

    def sign_up(params)
      LOGGER.info(message: "new customer", params: params)
      raise ArgumentError, "email #{params['email']} looks wrong" unless params["email"].to_s.include?("@")
      id = @customers.create(params)
      Edgewise.audit("customer.created", customer_id: id, email: params["email"], phone: params["phone"])
      Backburner.enqueue(SyncCustomerJob, id)
      id
    end

    def book_round(customer_id, web_uuid, blades)
      customer = @customers.find(customer_id)
      Vendors::Adjust.new.booked(customer, web_uuid)
      HTTP.van_tracker.post("/stops", json: { name: customer.name, phone: customer.phone, address: customer.address, blades: blades })
      HTTPX.post("http://sms.edgewise-relay.example/send", json: { to: customer.phone, text: "Hi #{customer.first_name}, your sharpener visits tomorrow." })
      LOGGER.info(message: "round booked", customer_id: customer_id, blades: blades)
    end

    def order_steel(customer_id, items)
      customer = @customers.find(customer_id)
      HTTP.steel_supplier.post("/orders", json: { items: items, ship_to: { name: customer.name, address: customer.address } })
    end
  end
end
