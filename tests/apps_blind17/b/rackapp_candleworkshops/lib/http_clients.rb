require "async/http/internet"
require "async/http/endpoint"
require "json"
require "openssl"
require_relative "settings"

module CandleWorkshops
  module HTTPClients
    module_function

    def ssl_context(verify)
      OpenSSL::SSL::SSLContext.new.tap do |ctx|
        ctx.set_params(verify_mode: verify ? OpenSSL::SSL::VERIFY_PEER : OpenSSL::SSL::VERIFY_NONE)
      end
    end

    def post_json(base, path, payload, headers: {}, verify: true)
      endpoint = Async::HTTP::Endpoint.parse(base + path, ssl_context: ssl_context(verify))
      Sync do
        client = Async::HTTP::Client.new(endpoint)
        response = client.post(endpoint.path, [["content-type", "application/json"], *headers.to_a], [JSON.generate(payload)])
        [response.status, response.read]
      ensure
        client&.close
      end
    end

    def gateway(path, payload)
      post_json(SETTINGS.dig("gateway", "url"), path, payload,
                headers: { "authorization" => "Bearer #{ENV.fetch("MELTPAY_KEY")}" },
                verify: SETTINGS.dig("gateway", "verify"))
    end

    def courier(path, payload)
      post_json(SETTINGS.dig("courier", "url"), path, payload,
                headers: { "x-account" => ENV.fetch("WAXWAY_ACCOUNT", "WW-1142") })
    end

    def attentive(path, payload)
      post_json(SETTINGS.dig("attentive", "url"), path, payload,
                headers: { "authorization" => "Bearer #{ENV.fetch("ATTENTIVE_TOKEN")}" })
    end
  end
end
