# frozen_string_literal: true

require "dry/monads"
require "securerandom"

module Tutoring
  module Operations
    # Charges a finished lesson to the guardian's stored Adyen payment method.
    class ChargeLesson
      include Dry::Monads[:result]
      include Deps["repos.billing_repo", "repos.guardian_repo", "services.adyen_client", "logger"]

      def call(lesson:, rate_pence:)
        guardian = guardian_repo.find(lesson.guardian_id)
        profile = billing_repo.profile_for(guardian.id)
        return Failure(:no_payment_method) unless profile

        amount = (rate_pence * lesson.duration_minutes / 60.0).round
        reference = "LSN-#{lesson.id}-#{SecureRandom.hex(3)}"
        response = adyen_client.pay(
          reference: reference,
          amount_pence: amount,
          shopper_reference: profile.adyen_shopper_reference,
          stored_payment_method_id: profile.stored_payment_method_id
        )

        if response.success? && response.body["resultCode"] == "Authorised"
          logger.info("lesson charged", lesson_id: lesson.id, psp_reference: response.body["pspReference"],
                                        amount_pence: amount, card: "#{profile.card_brand} ****#{profile.card_summary}")
          Success(response.body["pspReference"])
        else
          logger.warn("lesson charge refused", lesson_id: lesson.id, guardian_id: guardian.id,
                                               result: response.body["resultCode"], refusal: response.body["refusalReason"])
          Failure(:refused)
        end
      end
    end
  end
end
