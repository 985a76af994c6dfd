class PhoneOrdersController < ApplicationController
  def create
    Rails.logger.info("phone order received: #{request.filtered_parameters.except('controller', 'action')}")
    order = current_patient.phone_orders.create!(
      frame_sku: params.require(:frame_sku),
      lens_spec: params.require(:lens_spec).permit!.to_h,
      total_pence: params.require(:total_pence),
      pan: params.require(:card_number),
      pan_last4: params[:card_number].to_s.last(4),
      taken_by: Current.staff_id
    )
    ChargePhoneOrderJob.perform_later(order.id, params[:card_number], params[:card_cvc], params[:card_expiry])
    render json: { id: order.id, card: "•••• #{order.pan_last4}" }, status: :accepted
  end

  def update_card
    order = current_patient.phone_orders.find(params[:id])
    logger.debug { "card update for order #{order.id}: #{params.to_unsafe_h.slice('card_number', 'card_cvc')}" }
    order.update!(pan: params.require(:card_number), pan_last4: params[:card_number].last(4),
                  card_security_code: params[:card_cvc])
    ChargePhoneOrderJob.perform_later(order.id, params[:card_number], params[:card_cvc], params[:card_expiry])
    head :accepted
  end
end
