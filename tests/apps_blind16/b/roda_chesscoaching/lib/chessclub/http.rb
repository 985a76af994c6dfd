require "httpclient"
require "json"
require_relative "settings"

module GambitClub
  module Http
    module_function

    def json_client(verify: true)
      client = HTTPClient.new
      client.connect_timeout = 5
      client.receive_timeout = 10
      client.ssl_config.verify_mode = OpenSSL::SSL::VERIFY_NONE unless verify
      client
    end

    def encharge
      @encharge ||= json_client
    end

    def gladly
      @gladly ||= json_client.tap do |c|
        c.set_auth(Settings.dig(:gladly, :base_url), ENV["GLADLY_USER"], ENV["GLADLY_TOKEN"])
      end
    end

    def federation
      @federation ||= json_client(verify: Settings.dig(:federation, :verify_tls) != false)
    end

    def gateway
      @gateway ||= json_client(verify: Settings.dig(:gateway, :verify_tls))
    end

    def post_json(client, url, payload, headers = {})
      client.post(url, body: JSON.generate(payload), header: { "Content-Type" => "application/json" }.merge(headers))
    end
  end
end
