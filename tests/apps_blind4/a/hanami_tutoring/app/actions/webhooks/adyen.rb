# frozen_string_literal: true

require "openssl"
require "base64"

module Tutoring
  module Actions
    module Webhooks
      # Adyen standard notifications (AUTHORISATION, RECURRING_CONTRACT, CHARGEBACK).
      class Adyen < Tutoring::Action
        include Deps["repos.billing_repo", "settings"]

        HMAC_KEY = ENV.fetch("ADYEN_HMAC_KEY", "")

        def handle(request, response)
          payload = JSON.parse(request.body.read)
          items = payload.fetch("notificationItems", []).map { |i| i["NotificationRequestItem"] }

          items.each do |item|
            unless valid_hmac?(item)
              logger.warn("adyen webhook hmac mismatch", psp_reference: item["pspReference"], remote_ip: request.ip)
              next
            end

            case item["eventCode"]
            when "RECURRING_CONTRACT"
              info = item.fetch("additionalData", {})
              billing_repo.save_profile(
                guardian_id: item["merchantReference"].split("-").last.to_i,
                shopper_reference: info["shopperReference"],
                stored_method_id: info["recurring.recurringDetailReference"],
                brand: item["paymentMethod"],
                last4: info["cardSummary"],
                expiry_month: info["expiryDate"].to_s.split("/").first.to_i,
                expiry_year: info["expiryDate"].to_s.split("/").last.to_i
              )
              logger.info("stored card saved", psp_reference: item["pspReference"], card_summary: info["cardSummary"],
                                               bin: info["cardBin"], expiry: info["expiryDate"])
            when "CHARGEBACK"
              logger.error("chargeback received", psp_reference: item["pspReference"], reason: item["reason"],
                                                  amount: item.dig("amount", "value"))
            else
              logger.debug("adyen event ignored", event: item["eventCode"], success: item["success"])
            end
          end

          response.body = "[accepted]"
        end

        private

        def valid_hmac?(item)
          signed = item.values_at("pspReference", "originalReference", "merchantAccountCode", "merchantReference").map(&:to_s)
          signed += [item.dig("amount", "value").to_s, item.dig("amount", "currency").to_s, item["eventCode"].to_s, item["success"].to_s]
          expected = Base64.strict_encode64(OpenSSL::HMAC.digest("sha256", [HMAC_KEY].pack("H*"), signed.join(":")))
          Rack::Utils.secure_compare(expected, item.dig("additionalData", "hmacSignature").to_s)
        end
      end
    end
  end
end
