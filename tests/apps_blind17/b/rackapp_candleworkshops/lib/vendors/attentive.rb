require_relative "../http_clients"

module CandleWorkshops
  module Vendors
    module Attentive
      module_function

      def subscribe(subscriber)
        HTTPClients.attentive("/subscriptions", {
          user: { phone: subscriber["phone"], email: subscriber["email"] },
          signUpSourceId: SETTINGS.dig("attentive", "sign_up_source_id"),
          singleOptIn: false
        })
      end

      def workshop_booked(subscriber_id, workshop_code)
        HTTPClients.attentive("/events/custom", {
          type: "Workshop Booked",
          properties: { workshop: workshop_code },
          user: { externalIdentifiers: { clientUserId: "sub-#{subscriber_id}" } }
        })
      end

      def box_skipped(subscriber, month)
        HTTPClients.attentive("/events/custom", {
          type: "Box Skipped",
          properties: { month: month, scent: subscriber["scent_profile"] },
          user: { email: subscriber["email"], phone: subscriber["phone"] }
        })
      end
    end
  end
end
