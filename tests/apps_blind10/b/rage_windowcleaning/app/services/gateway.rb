require "excon"
require "json"

# SqueegeePay card-not-present API (https, default verification).
class Gateway
  class Unavailable < StandardError; end

  def initialize(settings = Clearpane::SETTINGS)
    @conn = Excon.new(settings[:gateway_url], persistent: true,
                      headers: { "Authorization" => "Bearer #{settings[:gateway_key]}",
                                 "Content-Type" => "application/json" })
  end

  def verify(number, expiry, cvc)
    post("/card-checks", { number: number, expiry: expiry, cvc: cvc })
  end

  def charge(number, expiry, cvc, amount_pence, reference)
    post("/charges", { source: { number: number, expiry: expiry, cvc: cvc },
                       amount: amount_pence, currency: "GBP", reference: reference })
  end

  def charge_token(token, amount_pence, reference)
    post("/charges", { source: token, amount: amount_pence, currency: "GBP", reference: reference })
  end

  private

  def post(path, payload)
    res = @conn.post(path: "/v2#{path}", body: JSON.dump(payload), expects: [200, 201, 402])
    JSON.parse(res.body)
  rescue Excon::Error::Socket, Excon::Error::Timeout, Excon::Error::HTTPStatus => e
    raise Unavailable, e.class.name
  end
end
