class CheckoutsController < ApplicationController
  def create
    seller = Seller.find(params[:seller_id])
    order = seller.orders.create!(
      buyer_email: params[:email],
      shipping_name: params[:shipping_name],
      shipping_address: params[:shipping_address],
      total_cents: params[:total_cents].to_i
    )

    intent = PaymentGateway.confirm(payment_method: params[:payment_method_id], amount: order.total_cents,
                                    reference: order.number)
    order.update!(status: "paid", payment_intent_id: intent.id, card_brand: intent.card_brand,
                  card_last4: intent.card_last4)
    logger.info("order #{order.number} paid intent=#{intent.id} brand=#{intent.card_brand} last4=#{intent.card_last4}")

    OrderMailer.with(order: order).receipt.deliver_later
    OrderWebhookJob.perform_later(order.id)
    AnalyticsTracker.new.order_paid(order)
    render json: { number: order.number }, status: :created
  rescue PaymentGateway::Declined => e
    logger.warn("checkout declined seller=#{params[:seller_id]} code=#{e.code}")
    render json: { error: "declined" }, status: :payment_required
  end
end
