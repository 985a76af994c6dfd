module Hawkwalk
  module Gateway
    module_function

    def authorize(number:, cvv:, expiry:, amount_pence:, reference:)
      res = HTTP.gateway.post("/v1/authorizations", JSON.dump(card: { number: number, cvv: cvv, expiry: expiry }, amount: amount_pence, reference: reference))
      JSON.parse(res.body).tap do |body|
        Hawkwalk.logger.info("authorization #{body['id']} status=#{body['status']}")
      end
    end

    def capture_token(token, amount_pence, reference)
      res = HTTP.gateway.post("/v1/charges", JSON.dump(source: token, amount: amount_pence, reference: reference))
      JSON.parse(res.body)
    end
  end
end
