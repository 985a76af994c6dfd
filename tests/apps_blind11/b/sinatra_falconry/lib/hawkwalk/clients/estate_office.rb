module Hawkwalk
  module EstateOffice
    module_function

    def gate_list(booking, guest)
      HTTP.estate_office.post("/gate/visitors", JSON.dump(name: guest.full_name, phone: guest.phone, slot: booking.slot))
    end

    def weather(slot)
      JSON.parse(HTTP.estate_office.get("/weather?slot=#{slot}").body)
    end
  end
end
