# TillStream card gateway (https). One connection per process.
class TillstreamClient
  class Declined < StandardError; end

  def self.connection
    @connection ||= Faraday.new(url: Rails.configuration.x.gateway_url) do |f|
      f.request :authorization, "Bearer", -> { ENV.fetch("TILLSTREAM_SECRET") }
      f.request :json
      f.response :json
      f.response :logger, Rails.logger, headers: false, bodies: true
      f.response :raise_error
      f.options.timeout = 20
    end
  end

  def charge(amount_pence:, reference:, card: nil, token: nil)
    source = token ? { token: token } : { card: card }
    response = self.class.connection.post("/v2/payments", { amount: amount_pence, currency: "GBP", reference: reference, source: source })
    body = response.body
    raise Declined, body["decline_code"] unless body["status"] == "captured"

    body
  end

  def vault(card:, customer_ref:)
    self.class.connection.post("/v2/vault", { card: card, customer_reference: customer_ref }).body.fetch("token")
  end
end
