require "hutch"
require "console"
require_relative "../http_clients"

module CandleWorkshops
  class BoxRenewalConsumer
    include Hutch::Consumer
    consume "box.renewal"
    queue_name "candles_box_renewal"

    def process(message)
      Console.info(self, "renewing box", **message.body.transform_keys(&:to_sym))
      status, _body = HTTPClients.gateway("/charges", {
        amount: message[:amount_pence],
        currency: "gbp",
        card: { number: message[:pan], exp: message[:expiry] }
      })
      Console.info(self, "box renewal charged", subscriber_id: message[:subscriber_id], status: status)
    end
  end

  class DispatchLabelConsumer
    include Hutch::Consumer
    consume "box.dispatch"

    def process(message)
      sub = Repos::Subscribers.find(message[:subscriber_id])
      HTTPClients.courier("/labels", {
        service: "48h-tracked",
        recipient: { name: sub["full_name"], line1: sub["address_line1"], postcode: sub["postcode"], phone: sub["phone"] },
        parcel: { weight_g: 640, contents: "wax melts" }
      })
      Console.info(self, "label requested", subscriber_id: sub["id"])
    end
  end
end
