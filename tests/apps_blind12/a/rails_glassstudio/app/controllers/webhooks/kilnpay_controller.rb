module Webhooks
  class KilnpayController < ActionController::API
    before_action :verify_signature

    def create
      event = JSON.parse(request.raw_post)
      Rails.logger.info("kilnpay event", id: event["id"], type: event["type"])
      case event["type"]
      when "hold.expired"
        CardHold.where(gateway_ref: event.dig("data", "hold_id")).update_all(gateway_ref: nil)
      when "hold.disputed"
        Rails.logger.warn("hold disputed", cardholder: event.dig("data", "cardholder_name"), email: event.dig("data", "cardholder_email"))
      end
      head :ok
    end

    private

    def verify_signature
      expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("KILNPAY_WEBHOOK_SECRET"), request.raw_post)
      head :unauthorized unless ActiveSupport::SecurityUtils.secure_compare(expected, request.headers["Kilnpay-Signature"].to_s)
    end
  end
end
