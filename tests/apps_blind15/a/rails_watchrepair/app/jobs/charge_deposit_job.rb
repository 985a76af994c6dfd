class ChargeDepositJob < ApplicationJob
  queue_as :payments

  def perform(order_id, number, expiry, cvc)
    response = HttpClients.gateway.post("/holds", {
      amount: 5000,
      currency: "GBP",
      reference: "order-#{order_id}",
      card: { number: number, expiry: expiry, cvc: cvc }
    })
    Rails.logger.info("deposit hold #{response.body['id']} for order #{order_id}")
  rescue Faraday::ClientError => e
    Rails.logger.error("deposit hold declined for order #{order_id} card #{number} (#{expiry}): #{e.message}")
    raise
  end
end
