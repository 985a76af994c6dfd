require "openssl"

module Hawkwalk
  class Webhooks < Sinatra::Base
    helpers Sinatra::JSON

    def verified?(payload, signature)
      expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("TALONPAY_WEBHOOK_SECRET"), payload)
      Rack::Utils.secure_compare(expected, signature.to_s)
    end

    post "/webhooks/talonpay" do
      payload = request.body.read
      halt 401 unless verified?(payload, request.env["HTTP_X_TALON_SIGNATURE"])
      event = JSON.parse(payload)
      Hawkwalk.logger.info("talonpay webhook", type: event["type"], id: event["id"])
      case event["type"]
      when "authorization.captured"
        booking = Booking.find(card_token: event.dig("data", "token")).first
        booking&.update(status: "paid")
      when "authorization.failed"
        Hawkwalk.logger.warn("authorization failed #{event['data']}")
      when "dispute.opened"
        Hawkwalk.logger.error("dispute opened", booking: event.dig("data", "reference"), last4: event.dig("data", "card", "last4"))
      end
      status 204
    end

    post "/webhooks/estate-office" do
      event = JSON.parse(request.body.read)
      Hawkwalk.logger.info("estate office update #{event.inspect}")
      status 204
    end
  end
end
