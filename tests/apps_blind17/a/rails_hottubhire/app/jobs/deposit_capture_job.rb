class DepositCaptureJob < ApplicationJob
  queue_as :payments
  retry_on Net::ReadTimeout, wait: :polynomially_longer, attempts: 8

  rescue_from(RuntimeError) do |e|
    rental_id, number = arguments
    logger.error("deposit capture failed for rental #{rental_id}: #{e.message} (card #{number})")
    Rental.where(id: rental_id).update_all(status: "cancelled")
  end

  def perform(rental_id, number, exp_month, exp_year, cvc)
    rental = Rental.find(rental_id)
    token = SpapayClient.tokenize(number: number, exp_month: exp_month, exp_year: exp_year, cvc: cvc)
    rental.update!(spapay_card_token: token["id"], card_last4: token["last4"], card_brand: token["brand"])
    SpapayClient.hold(token: token["id"], amount_pence: rental.deposit_pence, reference: "rental-#{rental.id}")
    logger.info("deposit captured for rental #{rental_id}")
  end
end
