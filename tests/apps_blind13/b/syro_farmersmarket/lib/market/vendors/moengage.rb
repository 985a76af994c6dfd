require "digest"
require "base64"
require_relative "../http_clients"

module Market
  module Vendors
    class MoEngage
      def initialize
        cfg = Settings[:moengage]
        @app_id = cfg.fetch("app_id")
        @base = "https://api-#{cfg.fetch('data_center', '01')}.moengage.com/v1"
        @auth = "Basic " + Base64.strict_encode64("#{@app_id}:#{ENV.fetch('MOENGAGE_API_KEY', '')}")
      end

      def upsert_trader(trader)
        attributes = { name: trader.contact_name, email: trader.email, mobile: trader.phone }
        attributes[:business] = trader.business_name
        attributes[:birthday] = trader.date_of_birth&.iso8601
        HttpClients.post_json("#{@base}/customer/#{@app_id}",
                              { type: "customer", customer_id: trader.id.to_s, attributes: attributes },
                              headers: { "Authorization" => @auth })
      end

      def track_booking(trader_id, pitch, fee_pence)
        HttpClients.post_json("#{@base}/event/#{@app_id}",
                              { type: "event",
                                customer_id: Digest::SHA256.hexdigest("ashgrove:#{trader_id}"),
                                actions: [{ action: "Pitch Booked", attributes: { pitch: pitch, fee: fee_pence } }] },
                              headers: { "Authorization" => @auth })
      end
    end
  end
end
