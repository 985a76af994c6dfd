# frozen_string_literal: true

module SolidusCowork
  module PaymentMethod
    # Card payments taken on the DoorPay kiosks at each building's front desk.
    class DoorPay < ::Spree::PaymentMethod::CreditCard
      preference :merchant_id, :string
      preference :api_key, :string
      preference :server, :string, default: 'https://gateway.doorpay.eu/v1'
      preference :test_mode, :boolean, default: true
      preference :kiosk_pin_required, :boolean, default: false

      def gateway_class
        self.class
      end

      def payment_source_class
        SolidusCowork::MemberCard
      end

      def partial_name
        'door_pay'
      end

      def authorize(amount, source, options = {})
        post('/authorizations', amount, source, options)
      end

      def purchase(amount, source, options = {})
        post('/sales', amount, source, options)
      end

      def capture(amount, authorization, _options = {})
        response = connection.post("/authorizations/#{authorization}/capture", { amount: amount })
        build_response(response)
      end

      def void(authorization, _options = {})
        build_response(connection.post("/authorizations/#{authorization}/void"))
      end

      def credit(amount, _source, authorization, _options = {})
        build_response(connection.post('/refunds', { amount: amount, authorization: authorization }))
      end

      def create_profile(payment)
        source = payment.source
        return if source.gateway_customer_profile_id.present?

        response = connection.post('/customers', {
          email: payment.order.email,
          card: { number: source.number, exp_month: source.month, exp_year: source.year, cvc: source.verification_value }
        })
        source.update!(
          gateway_customer_profile_id: response.body['customer_id'],
          gateway_payment_profile_id: response.body['card_id'],
          last_digits: response.body['last4']
        )
        logger.info("[door_pay] profile created source=#{source.id} customer=#{response.body['customer_id']}")
      end

      private

      def post(path, amount, source, options)
        body = {
          amount: amount,
          currency: options[:currency],
          order_id: options[:order_id],
          customer_id: source.gateway_customer_profile_id,
          card_id: source.gateway_payment_profile_id
        }
        logger.debug("[door_pay] #{path} order=#{options[:order_id]} amount=#{amount} source=#{source.id}")
        build_response(connection.post(path, body))
      end

      def build_response(response)
        success = response.status.between?(200, 299)
        unless success
          logger.warn("[door_pay] gateway error status=#{response.status} code=#{response.body['error_code']}")
        end
        ActiveMerchant::Billing::Response.new(success, response.body['message'].to_s, response.body,
                                              test: preferred_test_mode, authorization: response.body['id'])
      end

      def connection
        @connection ||= Faraday.new(url: preferred_server) do |f|
          f.request :authorization, 'Bearer', preferred_api_key
          f.request :json
          f.response :json
          f.headers['X-Merchant-Id'] = preferred_merchant_id.to_s
        end
      end

      def logger
        Rails.logger
      end
    end
  end
end
