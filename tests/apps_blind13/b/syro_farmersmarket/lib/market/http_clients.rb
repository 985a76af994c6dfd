require "curb"
require "json"
require_relative "settings"

module Market
  module HttpClients
    DEFAULT_TIMEOUT = 12

    def self.easy(url, verify_peer: true)
      Curl::Easy.new(url) do |c|
        c.timeout = DEFAULT_TIMEOUT
        c.ssl_verify_peer = verify_peer
        c.ssl_verify_host = verify_peer ? 2 : 0
        c.headers["Content-Type"] = "application/json"
        c.headers["User-Agent"] = "ashgrove-market/1.8"
      end
    end

    def self.post_json(url, payload, verify_peer: true, headers: {})
      c = easy(url, verify_peer: verify_peer)
      headers.each { |k, v| c.headers[k] = v }
      c.http_post(JSON.generate(payload))
      [c.response_code, c.body_str.to_s.empty? ? {} : JSON.parse(c.body_str)]
    end

    def self.verify_for(section)
      Settings[section].fetch("verify_peer", true)
    end

    def self.council_verify
      Settings[:council].fetch("verify_peer", false)
    end
  end
end
