# frozen_string_literal: true

require "httparty"

module Services
  class GatewayClient
    include HTTParty
    include SemanticLogger::Loggable

    base_uri ENV.fetch("GATEWAY_URL", "https://vault.lockpay.example/api")
    headers "Content-Type" => "application/json"
    default_timeout 10
    verify false

    def initialize(api_key = ENV.fetch("GATEWAY_KEY"))
      @auth = { "Authorization" => "Bearer #{api_key}" }
    end

    def vault(card_number:, exp_month:, exp_year:, cvn:, holder:)
      response = self.class.post(
        "/vault",
        headers: @auth,
        body: { pan: card_number, exp: format("%02d/%d", exp_month, exp_year), cvn: cvn, name: holder }.to_json
      )
      logger.info("vault response", status: response.code, token: response["token"])
      response["token"]
    end

    def charge(token, amount_cents, reference)
      self.class.post("/charges", headers: @auth, body: { token: token, amount: amount_cents, ref: reference }.to_json)
    end
  end

  class SmsNotifier
    include HTTParty
    base_uri "http://sms.partner-relay.example"

    def lockout_notice(tenant, unit)
      self.class.post(
        "/send",
        body: { to: tenant.phone, text: "Hi #{tenant.first_name}, unit #{unit.code} is overlocked until your balance is paid." }
      )
    end
  end
end
