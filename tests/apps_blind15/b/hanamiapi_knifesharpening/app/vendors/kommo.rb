module Edgewise
  module Vendors
    class Kommo
      def create_contact(customer)
        fields = []
        fields << { field_code: "EMAIL", values: [{ value: customer.email, enum_code: "WORK" }] }
        fields << { field_code: "PHONE", values: [{ value: customer.phone, enum_code: "MOB" }] } if customer.phone
        body = [{ name: customer.name, custom_fields_values: fields }]
        resp = HTTP.kommo.post("/api/v4/contacts", json: body)
        resp.raise_for_status
        resp.json.dig("_embedded", "contacts", 0, "id")
      end

      def add_note(kommo_id, text)
        HTTP.kommo.post("/api/v4/contacts/#{kommo_id}/notes", json: [{ note_type: "common", params: { text: text } }])
      end
    end
  end
end
