class SpringpayClient
  include HTTParty

  class Declined < StandardError
    attr_reader :code

    def initialize(code)
      @code = code
      super("declined: #{code}")
    end
  end

  base_uri Rails.configuration.x.gateway.base_url
  headers "Authorization" => "Bearer #{ENV.fetch('SPRINGPAY_KEY', '')}", "Content-Type" => "application/json"
  default_options.update(verify: Rails.configuration.x.gateway.verify_tls)
  default_timeout 8

  def authorise(number:, expiry:, cvv:, amount_pence:, reference:)
    month, year = expiry.split("/")
    response = self.class.post("/authorisations", body: {
      amount: amount_pence, currency: "GBP", reference: reference,
      card: { number: number, cvv: cvv, exp_month: month, exp_year: "20#{year}" }
    }.to_json)
    raise Declined, response.parsed_response.dig("error", "code") if response.code == 402

    response.parsed_response
  end
end
