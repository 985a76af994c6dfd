module Webhooks
  class PlatepayController < ApplicationController
    def create
      payload = request.raw_post
      expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("PLATEPAY_WEBHOOK_SECRET"), payload)
      unless ActiveSupport::SecurityUtils.secure_compare(expected, request.headers["Platepay-Signature"].to_s)
        logger.warn("platepay signature mismatch", ip: request.remote_ip)
        return head :unauthorized
      end
      event = JSON.parse(payload)
      logger.info("platepay event", id: event["id"], type: event["type"])
      if event["type"] == "charge.refunded"
        EventDeposit.where(id: event.dig("data", "metadata", "deposit_id")).update_all(status: "refunded")
      end
      head :no_content
    end
  end
end
