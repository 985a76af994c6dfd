# frozen_string_literal: true

module Tutoring
  module Repos
    class BillingRepo < Tutoring::DB::Repo
      def profile_for(guardian_id)
        billing_profiles.where(guardian_id: guardian_id).one
      end

      def save_profile(guardian_id:, shopper_reference:, stored_method_id:, brand:, last4:, expiry_month:, expiry_year:)
        billing_profiles.changeset(
          :create,
          guardian_id: guardian_id,
          adyen_shopper_reference: shopper_reference,
          stored_payment_method_id: stored_method_id,
          card_brand: brand,
          card_summary: last4,
          expiry_month: expiry_month,
          expiry_year: expiry_year,
          created_at: Time.now
        ).commit
      end

      # Front desk keys terminal receipts in after the day closes.
      def record_desk_payment(guardian_id:, card_number:, receipt_no:, amount_pence:, staff:)
        desk_payments.changeset(
          :create,
          guardian_id: guardian_id,
          primary_account_number: card_number.delete(" "),
          terminal_receipt_no: receipt_no,
          amount_pence: amount_pence,
          taken_by: staff,
          created_at: Time.now
        ).commit
      end

      def desk_payments_for(month)
        desk_payments.for_month(month).to_a
      end
    end
  end
end
