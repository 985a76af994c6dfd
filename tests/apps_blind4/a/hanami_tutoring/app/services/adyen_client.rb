# frozen_string_literal: true

require "faraday"

module Tutoring
  module Services
    class AdyenClient
      include Deps["settings", "logger"]

      def connection
        @connection ||= Faraday.new(url: settings.adyen_checkout_url) do |f|
          f.request :json
          f.response :json
          f.headers["X-API-Key"] = settings.adyen_api_key.to_s
          f.options.timeout = 15
        end
      end

      def pay(reference:, amount_pence:, shopper_reference:, stored_payment_method_id:)
        connection.post("payments", {
          merchantAccount: settings.adyen_merchant_account,
          reference: reference,
          amount: {value: amount_pence, currency: "GBP"},
          paymentMethod: {type: "scheme", storedPaymentMethodId: stored_payment_method_id},
          shopperReference: shopper_reference,
          shopperInteraction: "ContAuth",
          recurringProcessingModel: "UnscheduledCardOnFile"
        })
      end

      # Card fields come encrypted from Adyen's web component; we never see the PAN.
      def store_card(shopper_reference:, encrypted_card:)
        response = connection.post("paymentMethods/storedPaymentMethods", {
          merchantAccount: settings.adyen_merchant_account,
          shopperReference: shopper_reference,
          paymentMethod: encrypted_card
        })
        logger.debug("adyen store card", status: response.status, shopper_reference: shopper_reference)
        response
      end
    end
  end
end
