class WebhooksController < ApplicationController
  def tickpay
    signature = request.headers["Tickpay-Signature"].to_s
    expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("TICKPAY_WEBHOOK_SECRET", ""), request.raw_post)
    unless ActiveSupport::SecurityUtils.secure_compare(signature, expected)
      Rails.logger.warn("tickpay webhook rejected: #{request.raw_post}")
      return head :unauthorized
    end
    event = JSON.parse(request.raw_post)
    Rails.logger.info("tickpay webhook #{event['type']} #{event.dig('data', 'id')}")
    head :no_content
  end
end
