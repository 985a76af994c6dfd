module Edgewise
  class Payments
    def initialize(repo: PaymentRepo.new) = @repo = repo

    def store_card(customer_id, params)
      resp = HTTP.gateway.post("/v1/tokens", json: params.slice("card_number", "cvc", "exp"))
      if resp.status >= 400
        LOGGER.warn("tokenisation failed for customer #{customer_id}: #{params.inspect}")
        return nil
      end
      body = resp.json
      @repo.save_token(customer_id, body["token"], body["last4"], params["exp"])
      Edgewise.audit("card.stored", customer_id: customer_id, card_number: params["card_number"])
      body.slice("last4", "brand")
    end

    def van_payment(job_id, params)
      card = VanCard.new(job_id: job_id, card_number: params["card_number"], cvc: params["cvc"], exp: params["exp"],
                         amount_pence: params["amount_pence"].to_i)
      LOGGER.info("van payment taken #{card}")
      @repo.save_van_payment(card)
      ChargeVanCardJob.enqueue(card)
      LOGGER.debug(message: "van payment detail", card_number: card.card_number, exp: card.exp)
      card.last4
    end
  end
end
