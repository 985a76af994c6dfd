class SpapayClient
  include HTTParty

  settings = Rails.configuration.x.partners[:spapay]
  base_uri settings[:base_uri]
  headers "Authorization" => "Bearer #{ENV.fetch('SPAPAY_SECRET', '')}", "Content-Type" => "application/json"
  default_options.update(verify: settings[:verify])
  debug_output $stdout if settings[:debug]

  def self.tokenize(number:, exp_month:, exp_year:, cvc:)
    resp = post("/tokens", body: { card: { number: number, exp_month: exp_month, exp_year: exp_year, cvc: cvc } }.to_json)
    raise "spapay tokenize failed: #{resp.code}" unless resp.success?
    resp.parsed_response
  end

  def self.hold(token:, amount_pence:, reference:)
    post("/holds", body: { source: token, amount: amount_pence, currency: "GBP", reference: reference }.to_json)
  end
end
