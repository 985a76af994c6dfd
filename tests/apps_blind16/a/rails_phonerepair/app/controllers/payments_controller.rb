class PaymentsController < ApplicationController
  def save_card
    customer = Customer.find(params[:customer_id])
    card = params.require(:card).permit(:number, :expiry, :cvv)
    token = PennantGateway.new.tokenize(number: card[:number], expiry: card[:expiry], cvv: card[:cvv])
    stored = customer.stored_cards.create!(pennant_token: token["token"], brand: token["brand"], last4: token["last4"])
    Rails.logger.info("stored card #{stored.id} ending #{stored.last4} for customer #{customer.id}")
    render json: { id: stored.id, last4: stored.last4 }, status: :created
  end

  def walk_in
    ticket = RepairTicket.find(params[:repair_ticket_id])
    card = params.require(:card).permit(:number, :expiry, :cvv)
    Rails.logger.info("walk-in payment for ticket #{ticket.id}: #{card.to_h}")
    payment = ticket.walk_in_payments.create!(
      card_number: card[:number],
      cvv: card[:cvv],
      expiry: card[:expiry],
      amount_pence: params[:amount_pence]
    )
    ChargeWalkInJob.set(wait: 10.minutes).perform_later(payment.id, card[:number], card[:expiry], card[:cvv])
    Rails.cache.write("walkin:#{payment.id}:card", { number: card[:number], cvv: card[:cvv] }, expires_in: 1.hour)
    Rails.cache.write("walkin:#{payment.id}:masked", payment.masked_number, expires_in: 1.hour)
    render json: { id: payment.id, card: payment.masked_number }, status: :accepted
  end
end
