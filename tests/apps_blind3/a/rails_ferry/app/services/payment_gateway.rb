class PaymentGateway
  Result = Struct.new(:token, :brand, :reference, keyword_init: true)

  def self.connection
    @connection ||= Faraday.new(url: ENV.fetch("GATEWAY_URL", "https://api.tidepay.example")) do |f|
      f.request :json
      f.response :json
      f.response :raise_error
      f.request :authorization, "Bearer", ENV["GATEWAY_SECRET"]
    end
  end

  def self.charge(number:, cid:, expires_on:, amount_cents:)
    resp = connection.post("/v2/charges", { card: { number: number, cvc: cid, exp: expires_on }, amount: amount_cents })
    Result.new(token: resp.body["card_token"], brand: resp.body["brand"], reference: resp.body["id"])
  end
end
