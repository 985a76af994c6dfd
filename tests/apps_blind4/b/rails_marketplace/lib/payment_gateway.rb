# Client for the card acquirer; the browser tokenises cards, the server only sees payment method ids.
module PaymentGateway
  class Declined < StandardError
    attr_reader :code

    def initialize(code)
      @code = code
      super("card declined: #{code}")
    end
  end

  Intent = Struct.new(:id, :status, :card_brand, :card_last4, keyword_init: true)

  BASE_URL = ENV.fetch("GATEWAY_URL", "https://api.acquirer.example")

  module_function

  def confirm(payment_method:, amount:, reference:)
    response = connection.post("/v1/payment_intents") do |req|
      req.body = { payment_method: payment_method, amount: amount, currency: "usd", confirm: true,
                   metadata: { order_number: reference } }.to_json
    end
    data = JSON.parse(response.body)
    raise Declined, data.dig("last_payment_error", "decline_code") unless data["status"] == "succeeded"

    card = data.dig("payment_method_details", "card") || {}
    Intent.new(id: data["id"], status: data["status"], card_brand: card["brand"], card_last4: card["last4"])
  end

  def refund(intent_id, amount: nil)
    connection.post("/v1/refunds") { |req| req.body = { payment_intent: intent_id, amount: amount }.compact.to_json }
    Rails.logger.info("refund requested intent=#{intent_id} amount=#{amount || 'full'}")
  end

  def connection
    @connection ||= Faraday.new(url: BASE_URL, headers: {
      "Authorization" => "Bearer #{Rails.application.credentials.dig(:gateway, :secret_key)}",
      "Content-Type" => "application/json",
      "Idempotency-Key" => SecureRandom.uuid
    })
  end
end
