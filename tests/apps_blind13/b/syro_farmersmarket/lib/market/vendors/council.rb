require_relative "../http_clients"

module Market
  module Vendors
    class Council
      def initialize
        @base = Settings[:council].fetch("base_url", "http://licensing.ashgrove-borough.example/street-trading")
      end

      def register_trader(trader, market_day)
        HttpClients.post_json("#{@base}/notifications",
                              { trader_name: trader.contact_name, business: trader.business_name,
                                home_address: trader.home_address, date_of_birth: trader.date_of_birth.to_s,
                                market_day: market_day.to_s },
                              verify_peer: HttpClients.council_verify)
      end

      def renew_licence(trader, licence_no)
        HttpClients.post_json("#{@base}/licences/#{licence_no}/renewals",
                              { holder: trader.contact_name, email: trader.email, phone: trader.phone },
                              verify_peer: HttpClients.council_verify)
      end

      def withdraw_trader(trader, reason)
        HttpClients.post_json("#{@base}/withdrawals",
                              { trader_name: trader.contact_name, phone: trader.phone, reason: reason },
                              verify_peer: HttpClients.council_verify)
      end

      def pitch_count(market_day)
        HttpClients.post_json("http://127.0.0.1:4710/pitch-counts", { day: market_day.to_s })
      end
    end
  end
end
