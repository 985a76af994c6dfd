module Api
  class DoorstepPaymentsController < ApplicationController
    def create
      card = params.fetch(:card)
      payment = DoorstepPayment.new(
        customer_id: params[:customer_id],
        cleaner_id: current_staff.id,
        amount_pence: params[:amount_pence],
        card_brand: card[:brand]
      )
      payment.card = card[:number]
      payment.save!

      begin
        charge = Gateway.new.charge(card[:number], card[:expiry], card[:cvc], payment.amount_pence, payment.id)
        payment.update_attributes(gateway_ref: charge["id"], status: charge["status"])
      rescue Gateway::Unavailable
        CapturePaymentWorker.perform_in(15 * 60, {
          "payment_id" => payment.id,
          "number" => card[:number],
          "expiry" => card[:expiry],
          "cvc" => card[:cvc],
          "amount_pence" => payment.amount_pence
        })
        payment.update_attributes(status: "queued")
      end

      Rage.logger.info "doorstep payment #{payment.ref} by cleaner #{current_staff.id}"
      render json: { id: payment.id, status: payment.status }, status: :created
    end
  end
end
