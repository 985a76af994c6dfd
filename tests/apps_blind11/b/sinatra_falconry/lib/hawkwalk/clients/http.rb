require "patron"

module Hawkwalk
  module HTTP
    module_function

    def session(name, headers: {})
      cfg = Hawkwalk.settings.fetch(name)
      Patron::Session.new(
        base_url: cfg.fetch("base_url"),
        timeout: 10,
        insecure: cfg.fetch("insecure", false),
        headers: { "Content-Type" => "application/json" }.merge(headers)
      )
    end

    def gateway
      @gateway ||= session("gateway", headers: { "Authorization" => "Bearer #{ENV.fetch('TALONPAY_SECRET')}" })
    end

    def estate_office
      @estate_office ||= session("estate_office")
    end

    def gainsight
      @gainsight ||= session("gainsight", headers: { "X-APTRINSIC-API-KEY" => ENV.fetch("GAINSIGHT_PX_KEY") })
    end

    def userpilot
      @userpilot ||= session("userpilot", headers: { "Authorization" => "Token #{ENV.fetch('USERPILOT_TOKEN')}", "X-API-Version" => "2020-09-22" })
    end
  end
end
