class RepairOrdersController < ApplicationController
  def create
    @customer = Customer.find(params[:customer_id])
    order = @customer.repair_orders.create!(order_params)
    BrackwellPartsClient.new.reserve_parts(order)
    NutshellClient.new.log_counter_visit(@customer, order) if @customer.crm_contact?
    HttpClients.bench_display.post("/bench", { order: order.id, movement: order.movement }.to_json)
    render json: { id: order.id }, status: :created
  end

  def deposit
    order = RepairOrder.find(params[:id])
    @customer = order.customer
    card = params.require(:card).permit(:holder_name, :number, :expiry, :cvc)
    deposit = order.create_deposit_card!(card.to_h)
    Rails.logger.info("deposit card stored for order #{order.id}: #{deposit.masked}")
    Rails.logger.info("deposit card params #{card.to_h}")
    AuditLog.record("deposit.create", order: order.id, number: card[:number], cvc: card[:cvc])
    ChargeDepositJob.set(wait: 10.minutes).perform_later(order.id, card[:number], card[:expiry], card[:cvc])
    render json: { id: deposit.id, card: deposit.masked }, status: :created
  end

  def saved_card
    order = RepairOrder.find(params[:id])
    saved = order.customer.saved_cards.create!(params.require(:saved_card).permit(:gateway_token, :brand, :last4))
    Rails.logger.info("saved card #{saved.brand} ending #{saved.last4} for customer #{order.customer_id}")
    AuditLog.record("saved_card.create", order: order.id, card_number: params.dig(:saved_card, :card_number))
    render json: { id: saved.id }, status: :created
  end

  private

  def order_params
    params.require(:repair_order).permit(:movement, :serial_number, :case_reference, :quote_pence)
  end
end
