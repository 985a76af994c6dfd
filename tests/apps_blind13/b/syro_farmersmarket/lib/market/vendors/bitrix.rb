require_relative "../http_clients"

module Market
  module Vendors
    class Bitrix
      def initialize
        @hook = Settings[:bitrix].fetch("webhook_url")
      end

      def add_contact(trader)
        fields = {
          "NAME" => trader.contact_name,
          "COMPANY_TITLE" => trader.business_name,
          "EMAIL" => [{ "VALUE" => trader.email, "VALUE_TYPE" => "WORK" }],
          "PHONE" => [{ "VALUE" => trader.phone, "VALUE_TYPE" => "MOBILE" }],
          "ADDRESS" => trader.home_address
        }
        HttpClients.post_json("#{@hook}/crm.contact.add.json", { fields: fields })
      end

      def add_deal_note(contact_id, booking_id)
        HttpClients.post_json("#{@hook}/crm.timeline.comment.add.json",
                              { fields: { ENTITY_ID: contact_id, ENTITY_TYPE: "contact",
                                          COMMENT: "Stall booking ##{booking_id} confirmed" } })
      end
    end
  end
end
