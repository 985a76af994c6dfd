require_relative "../http_clients"

module Market
  module Vendors
    class Attentive
      def initialize
        cfg = Settings[:attentive]
        @base = cfg.fetch("base_url", "https://api.attentivemobile.com/v1")
        @source = cfg.fetch("sign_up_source_id")
      end

      def subscribe(trader)
        body = { user: { phone: trader.phone, email: trader.email }, signUpSourceId: @source, locale: "en-GB" }
        HttpClients.post_json("#{@base}/subscriptions", body,
                              headers: { "Authorization" => "Bearer #{ENV['ATTENTIVE_TOKEN']}" })
      end
    end
  end
end
