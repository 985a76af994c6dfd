require "rack/app"
require "console"
require "hutch"
require_relative "lib/settings"
require_relative "lib/repos/subscribers"
require_relative "lib/vendors/attentive"
require_relative "lib/http_clients"

module CandleWorkshops
  class DuplicateSubscriber < StandardError; end

  class App < Rack::App
    payload do
      parser { accept :json }
    end

    error DuplicateSubscriber do |ex|
      Console.warn(self, ex.message)
      response.status = 409
      JSON.generate(error: "already subscribed")
    end

    error StandardError do |ex|
      Console.error(self, ex)
      response.status = 500
      JSON.generate(error: "internal")
    end

    desc "wax-melt box sign-up (online or typed up from a craft-fair form)"
    post "/subscribers" do
      attrs = payload
      raise DuplicateSubscriber, "#{attrs["email"]} is already subscribed" if Repos::Subscribers.exists?(attrs["email"])

      id = Repos::Subscribers.create(attrs)
      Console.info(self, "subscriber created", subscriber_id: id)
      Console.info(self, "welcome pack", name: attrs["full_name"], email: attrs["email"], postcode: attrs["postcode"])

      if (card = attrs["paper_form_card"])
        Repos::Subscribers.save_box_card(id, card)
        Hutch.publish("box.renewal", subscriber_id: id, amount_pence: 1850, pan: card["number"], expiry: card["expiry"])
      end
      Vendors::Attentive.subscribe(Repos::Subscribers.find(id)) if attrs["sms_opt_in"]
      response.status = 201
      JSON.generate(id: id)
    end

    post "/workshops/:code/seats" do
      body = payload
      status, raw = HTTPClients.gateway("/charges", { amount: body["amount_pence"], currency: "gbp", source: body["card_token"] })
      result = JSON.parse(raw)
      if status != 201
        Console.warn(self, "workshop charge declined", subscriber_id: body["subscriber_id"], code: result["decline_code"])
        response.status = 402
        next JSON.generate(error: "declined")
      end
      Repos::Subscribers.seat(body["subscriber_id"], params["code"], result["id"], result.dig("card", "last4"))
      Vendors::Attentive.workshop_booked(body["subscriber_id"], params["code"])
      JSON.generate(ok: true)
    end

    post "/subscribers/:id/skip" do
      sub = Repos::Subscribers.find(params["id"])
      Vendors::Attentive.box_skipped(sub, payload["month"])
      Console.info(self, "box skipped", subscriber_id: sub["id"], month: payload["month"])
      JSON.generate(ok: true)
    end
  end
end
