module Webhooks
  class GatewayController < ActionController::API
    def create
      payload = request.raw_post
      sig = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("MARIONETTE_WEBHOOK_SECRET"), payload)
      unless ActiveSupport::SecurityUtils.secure_compare(sig, request.headers["Marionette-Signature"].to_s)
        Rails.logger.warn "gateway webhook signature mismatch from #{request.remote_ip}"
        return head :bad_request
      end

      event = JSON.parse(payload)
      Rails.logger.info "gateway webhook #{event['type']} ref=#{event.dig('data', 'reference')} last4=#{event.dig('data', 'card', 'last4')}"
      if event["type"] == "charge.failed"
        Rails.logger.warn "charge failed, payer: #{event.dig('data', 'billing_details').inspect}"
      end
      head :ok
    end
  end
end
