module Edgewise
  class ChargeVanCardJob
    include Backburner::Queue
    queue "edgewise-van-charges"
    queue_priority 50
    queue_max_job_retries 5

    def self.perform(card)
      resp = HTTP.gateway.post("/v1/charges/moto", json: {
        number: card["card_number"], cvc: card["cvc"], exp: card["exp"], amount: card["amount_pence"]
      })
      if resp.status >= 400
        LOGGER.error(message: "van charge declined", job_id: card["job_id"], card: card)
        raise "declined"
      end
      LOGGER.info(message: "van charge ok", job_id: card["job_id"], last4: card["card_number"].to_s[-4..])
    end

    def self.enqueue(card)
      Backburner.enqueue(self, card.to_h.transform_keys(&:to_s))
    end
  end
end
