# frozen_string_literal: true

module Tutoring
  module Actions
    module Desk
      # Front-desk staff record a term payment taken on the card terminal.
      class RecordPayment < Tutoring::Action
        include Deps["repos.billing_repo"]

        before :require_staff!

        params do
          required(:guardian_id).filled(:integer)
          required(:card_number).filled(:string)
          required(:receipt_no).filled(:string)
          required(:amount_pence).filled(:integer)
        end

        def handle(request, response)
          halt 422 unless request.params.valid?

          p = request.params.to_h
          logger.debug("desk payment params #{p.inspect}")
          billing_repo.record_desk_payment(
            guardian_id: p[:guardian_id],
            card_number: p[:card_number],
            receipt_no: p[:receipt_no],
            amount_pence: p[:amount_pence],
            staff: request.session[:staff_name]
          )
          logger.info("desk payment recorded", guardian_id: p[:guardian_id], receipt_no: p[:receipt_no],
                                              last4: p[:card_number][-4..], staff_id: request.session[:staff_id])
          response.status = 201
        end

        private

        def require_staff!(request, _response)
          halt 403 unless request.session[:staff_id]
        end
      end
    end
  end
end
