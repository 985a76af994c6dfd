require 'http'

module Nursery
  class GatewayClient
    Declined = Class.new(StandardError) do
      attr_reader :code
      def initialize(code)
        @code = code
        super("declined: #{code}")
      end
    end

    def initialize(base: Settings[:gateway_url], key: Settings[:gateway_key])
      @http = HTTP.auth("Bearer #{key}").timeout(connect: 5, read: 20)
                  .headers(accept: 'application/json')
      @base = base
    end

    def charge_token(token, amount_pence, reference)
      post('/charges', source: { token: token }, amount: amount_pence, currency: 'GBP', reference: reference)
    end

    def charge_card(number:, exp_month:, exp_year:, cvc:, amount_pence:, reference:)
      post('/charges',
           source: { number: number, exp_month: exp_month, exp_year: exp_year, cvc: cvc },
           amount: amount_pence, currency: 'GBP', reference: reference, initiator: 'merchant')
    end

    private

    def post(path, body)
      res = @http.post("#{@base}#{path}", json: body)
      data = res.parse
      unless res.status.success?
        Padrino.logger.warn("gateway #{path} #{res.code} decline=#{data.dig('error', 'code')} ref=#{body[:reference]}")
        raise Declined, data.dig('error', 'code')
      end
      data
    end
  end
end
