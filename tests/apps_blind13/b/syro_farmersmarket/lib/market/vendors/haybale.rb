require_relative "../http_clients"

module Market
  module Vendors
    class Haybale
      class Declined < StandardError; end

      def initialize(logger: Logging.logger[self])
        @log = logger
        @base = Settings[:haybale].fetch("base_url", "https://api.haybalepay.example/v2")
      end

      def charge(card_number:, expiry:, cvc:, amount_pence:, reference:)
        payload = { amount: amount_pence, currency: "GBP", reference: reference,
                    card: { number: card_number, expiry: expiry, cvc: cvc } }
        @log.debug("haybale charge #{payload.to_json}")
        code, body = HttpClients.post_json("#{@base}/charges", payload,
                                           verify_peer: HttpClients.verify_for(:haybale),
                                           headers: { "Authorization" => "Bearer #{ENV['HAYBALE_SECRET']}" })
        raise Declined, "charge of #{card_number} declined: #{body['reason']}" unless code == 201

        @log.info("haybale charged ref=#{reference} token=#{body['token']} last4=#{body['last4']}")
        body
      end
    end
  end
end
