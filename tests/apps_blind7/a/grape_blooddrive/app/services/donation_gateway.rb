# frozen_string_literal: true

require 'faraday'
require 'json'

module BloodDrive
  class DonationGateway
    Error = Class.new(StandardError)
    Result = Struct.new(:charge_id, :status, :last4, :brand, keyword_init: true)

    def initialize(settings = BloodDrive.settings, logger = BloodDrive.logger)
      @logger = logger
      @conn = Faraday.new(url: settings.donation_gateway_url) do |f|
        f.request :json
        f.response :json
        f.request :authorization, 'Bearer', settings.donation_gateway_key
        f.options.timeout = 15
      end
    end

    def charge(card_number:, exp:, card_code:, amount_pence:, reference:)
      resp = @conn.post('charges', {
        source: { number: card_number, exp: exp, cvc: card_code },
        amount: amount_pence,
        currency: 'gbp',
        description: "GiveLife donation #{reference}"
      })
      unless resp.success?
        @logger.error("gateway error status=#{resp.status} reference=#{reference} body=#{resp.body}")
        raise Error, "charge failed (#{resp.status})"
      end
      Result.new(charge_id: resp.body['id'], status: resp.body['status'],
                 last4: card_number[-4..], brand: resp.body.dig('source', 'brand'))
    end
  end
end
