# Seller-facing order API: list, show, ship and refund.
class OrdersController < ApplicationController
  before_action :authenticate_seller!
  before_action :set_order, only: %i[show ship refund]

  def index
    orders = current_seller.orders.order(created_at: :desc).limit(params.fetch(:limit, 50).to_i.clamp(1, 200))
    orders = orders.where(status: params[:status]) if Order::STATUSES.include?(params[:status])
    logger.info("orders index seller=#{current_seller.id} count=#{orders.size} status=#{params[:status] || 'any'}")
    render json: orders.map { |o| serialize(o) }
  end

  def show
    render json: serialize(@order).merge(shipping: { name: @order.shipping_name, address: @order.shipping_address })
  end

  def ship
    carrier = params.require(:carrier)
    tracking = params.require(:tracking_number)
    @order.update!(status: "shipped")
    OrderMailer.with(order: @order, carrier: carrier, tracking_number: tracking).shipped.deliver_later
    logger.info("order #{@order.number} shipped carrier=#{carrier} tracking=#{tracking}")
    render json: serialize(@order)
  end

  def refund
    amount = params[:amount_cents]&.to_i
    PaymentGateway.refund(@order.payment_intent_id, amount: amount)
    @order.update!(status: "refunded")
    logger.info("order #{@order.number} refunded amount=#{amount || @order.total_cents} by seller #{current_seller.id}")
    render json: serialize(@order)
  rescue Faraday::Error => e
    logger.error("refund failed order=#{@order.number} error=#{e.class}: #{e.message}")
    render json: { error: "refund_failed" }, status: :bad_gateway
  end

  private

  def set_order
    @order = current_seller.orders.find_by!(number: params[:id])
  end

  def serialize(order)
    {
      number: order.number,
      status: order.status,
      total_cents: order.total_cents,
      card: "#{order.card_brand} •••• #{order.card_last4}",
      created_at: order.created_at.iso8601
    }
  end
end
