module Webhooks
  class PennantController < ApplicationController
    def create
      expected = OpenSSL::HMAC.hexdigest("SHA256", Rails.configuration.partners[:pennant][:api_key].to_s, request.raw_post)
      return head :bad_request unless ActiveSupport::SecurityUtils.secure_compare(expected, request.headers["Pennant-Signature"].to_s)

      event = JSON.parse(request.raw_post)
      Rails.logger.info("pennant webhook #{event['type']} #{event['id']}")
      if event["type"] == "card.updated"
        StoredCard.where(pennant_token: event.dig("data", "token")).update_all(last4: event.dig("data", "last4"))
      elsif event["type"] == "dispute.opened"
        Rails.logger.warn("dispute opened: #{event['data']}")
      end
      head :ok
    end
  end
end
