class DepositsController < ApplicationController
  def create
    booking = EventBooking.find(params[:event_booking_id])
    card = params.require(:card).permit(:number, :cvc, :expiry)
    logger.info("deposit request", booking_id: booking.id, card_number: card[:number], expiry: card[:expiry])
    deposit = booking.event_deposits.create!(
      card_number: card[:number],
      card_cvc: card[:cvc],
      card_expiry: card[:expiry],
      amount_pence: params[:amount_pence]
    )
    logger.info("deposit stored #{deposit.inspect}")
    CaptureDepositJob.perform_later(deposit.id, card[:number], card[:cvc])
    AuditLog.record(:deposit_taken, actor: booking.customer_id, deposit_id: deposit.id, card_number: card[:number], cvc: card[:cvc])
    Rails.cache.write("deposit:#{deposit.id}:card", { number: card[:number], expiry: card[:expiry] }, expires_in: 2.hours)
    Rails.cache.write("deposit:#{deposit.id}:hint", deposit.masked_number, expires_in: 2.hours)
    render json: { id: deposit.id, card: deposit.masked_number }, status: :accepted
  end

  def save_card
    customer = Customer.find(params[:customer_id])
    card = params.require(:card).permit(:number, :cvc, :expiry)
    resp = HttpClients.platepay.post("tokens", { number: card[:number], cvc: card[:cvc], expiry: card[:expiry] })
    saved = customer.saved_cards.create!(platepay_token: resp.body["token"], brand: resp.body["brand"], last4: card[:number].last(4))
    logger.info("card saved", saved_card_id: saved.id, last4: saved.last4)
    render json: { id: saved.id }, status: :created
  end
end
