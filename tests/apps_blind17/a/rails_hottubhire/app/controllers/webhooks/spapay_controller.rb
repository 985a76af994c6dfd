module Webhooks
  class SpapayController < ApplicationController
    def create
      payload = request.raw_post
      signature = request.headers["Spapay-Signature"].to_s
      expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("SPAPAY_WEBHOOK_SECRET"), payload)
      unless ActiveSupport::SecurityUtils.secure_compare(signature, expected)
        Rails.logger.warn("spapay webhook rejected (#{payload.bytesize} bytes)")
        return head :unauthorized
      end

      event = JSON.parse(payload)
      Rails.logger.info("spapay #{event['type']} #{event.dig('data', 'id')}")
      if event["type"] == "hold.expired"
        rental = Rental.find_by(id: event.dig("data", "reference").to_s.delete_prefix("rental-"))
        KnockClient.trigger("deposit-hold-expired", rental.customer_id, rental_id: rental.id) if rental
      end
      head :no_content
    end
  end
end
