require "httpx"
require "openssl"

module Edgewise
  module HTTP
    module_function

    def session_for(name, headers: {})
      cfg = Settings[name]
      verify = cfg.fetch("verify_ssl", true)
      HTTPX.plugin(:persistent)
           .plugin(:retries, max_retries: 2)
           .with(origin: cfg.fetch("origin"), headers: headers, timeout: { request_timeout: 15 },
                 ssl: { verify_mode: verify ? OpenSSL::SSL::VERIFY_PEER : OpenSSL::SSL::VERIFY_NONE })
    end

    def gateway = @gateway ||= session_for("gateway", headers: { "authorization" => "Bearer #{ENV['WHETSTONE_KEY']}" })
    def kommo = @kommo ||= session_for("kommo", headers: { "authorization" => "Bearer #{ENV['KOMMO_TOKEN']}" })
    def adjust = @adjust ||= session_for("adjust")
    def steel_supplier = @steel ||= session_for("steel_supplier")
    def van_tracker = @van ||= session_for("van_tracker")
  end
end
