class CaptureDepositJob < ApplicationJob
  queue_as :payments
  retry_on Faraday::ServerError, wait: :polynomially_longer, attempts: 5

  def perform(deposit_id, card_number, cvc)
    deposit = EventDeposit.find(deposit_id)
    resp = HttpClients.platepay.post("charges", {
      amount: deposit.amount_pence,
      currency: "gbp",
      source: { number: card_number, cvc: cvc, expiry: deposit.card_expiry }
    })
    deposit.update!(status: resp.body["status"], card_cvc: nil)
    logger.info("deposit captured", deposit_id: deposit.id, status: deposit.status)
  rescue Faraday::ClientError => e
    logger.error("capture declined for card #{card_number}", e)
    deposit&.update!(status: "declined")
  end
end
