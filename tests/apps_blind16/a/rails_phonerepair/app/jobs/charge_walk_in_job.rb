class ChargeWalkInJob < ApplicationJob
  queue_as :payments

  def perform(payment_id, number, expiry, cvv)
    payment = WalkInPayment.find(payment_id)
    logger.tagged("walk-in", "payment=#{payment_id}") do
      result = PennantGateway.new.charge_keyed(number: number, expiry: expiry, cvv: cvv, amount_pence: payment.amount_pence)
      payment.update!(settled_at: Time.current)
      logger.info("settled ref=#{result['reference']} card=#{payment.masked_number}")
    end
  rescue PennantGateway::Declined => e
    logger.error("walk-in charge failed: #{e.message}")
    raise
  end
end
