# Notifies the seller's shop system that an order was paid. Sellers register an https webhook URL.
class OrderWebhookJob < ApplicationJob
  queue_as :webhooks
  retry_on Faraday::ConnectionFailed, Faraday::TimeoutError, wait: :polynomially_longer, attempts: 8

  def perform(order_id)
    order = Order.includes(:seller).find(order_id)
    url = order.seller.webhook_url
    return if url.blank?

    body = order.webhook_payload.to_json
    signature = OpenSSL::HMAC.hexdigest("SHA256", Rails.application.credentials.webhook_secret, body)
    response = connection.post(url) do |req|
      req.headers["Content-Type"] = "application/json"
      req.headers["X-Marketplace-Signature"] = signature
      req.body = body
    end
    Rails.logger.info("webhook order=#{order.number} seller=#{order.seller_id} status=#{response.status}")
  rescue Faraday::ClientError => e
    Rails.logger.warn("webhook rejected order_id=#{order_id} status=#{e.response&.dig(:status)}")
  end

  private

  def connection
    @connection ||= Faraday.new(request: { timeout: 5, open_timeout: 2 }) do |f|
      f.response :raise_error
      f.adapter Faraday.default_adapter
    end
  end
end
