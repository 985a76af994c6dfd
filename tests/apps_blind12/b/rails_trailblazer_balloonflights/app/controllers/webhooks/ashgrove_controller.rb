module Webhooks
  class AshgroveController < ApplicationController
    before_action :verify_signature

    def create
      event = JSON.parse(request.raw_post)
      booking = Booking.find_by(vault_token: event.dig("data", "token"))
      case event["type"]
      when "charge.succeeded" then booking&.confirmed!
      when "charge.failed" then booking&.cancelled!
      end
      Rails.logger.info("ashgrove #{event['type']} booking=#{booking&.id} last4=#{event.dig('data', 'card', 'last4')}")
      head :ok
    end

    private

    def verify_signature
      expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("ASHGROVE_WEBHOOK_SECRET"), request.raw_post)
      return if ActiveSupport::SecurityUtils.secure_compare(expected, request.headers["Ashgrove-Signature"].to_s)

      Rails.logger.warn("ashgrove webhook rejected from #{request.remote_ip}")
      head :unauthorized
    end
  end
end
