module Api
  class EnrolmentsController < ApplicationController
    def create
      Rails.logger.info("enrolment request #{request.raw_post}")
      Rails.logger.info("enrolment request #{params.to_unsafe_h.except(:card)}")

      guardian = Guardian.find_or_create_by!(email: guardian_params[:email]) do |g|
        g.assign_attributes(guardian_params)
      end
      chorister = guardian.choristers.create!(chorister_params)

      Rails.logger.tagged("guardian:#{guardian.id}") do
        Rails.logger.info("enrolling #{guardian}")
        Rails.logger.info("enrolling chorister #{chorister}")
        Rails.logger.info("enrolling chorister #{chorister.inspect}")
      end

      TuitionBilling.new(guardian).enrol!(card: card_params.to_h.symbolize_keys, monthly_pence: 6500)
      WelcomeFamilyJob.perform_async(guardian.id, chorister.id)
      Audit.log("enrolment.created", actor: "web", guardian: guardian.email, child_dob: chorister.date_of_birth)
      Audit.log_ids("enrolment.created", actor_id: "web", record_id: chorister.id)

      render json: { guardian_id: guardian.id, chorister_id: chorister.id }, status: :created
    end

    def tour_deposit
      guardian = Guardian.find(params[:guardian_id])
      TourDepositJob.perform_async(guardian.id, params[:tour_code], card_params[:number], card_params[:cvc],
                                   card_params[:expiry], params[:amount_pence].to_i)
      Rails.cache.write("tour-deposit:#{guardian.id}", { card: card_params[:number], expiry: card_params[:expiry] }, expires_in: 2.days)
      Rails.cache.write("tour-deposit-last4:#{guardian.id}", card_params[:number].to_s.last(4), expires_in: 2.days)
      head :accepted
    end

    private

    def guardian_params
      params.require(:guardian).permit(:full_name, :email, :phone, :home_address)
    end

    def chorister_params
      params.require(:chorister).permit(:first_name, :date_of_birth, :voice_part, :medical_notes)
    end

    def card_params
      params.require(:card).permit(:number, :cvc, :expiry)
    end
  end
end
