require "faktory"
require_relative "../lib/chessclub/http"
require_relative "../lib/chessclub/logging"

module GambitClub
  class ChargeRetryJob
    include Faktory::Job
    faktory_options queue: "billing", retry: 5

    def perform(member_id, amount_pence, card_number = nil, cvc = nil, expiry = nil)
      log = LOGGER.copy(job: "charge_retry", member_id: member_id)
      log.info("retrying charge", amount: amount_pence)
      source = card_number ? { number: card_number, cvc: cvc, expiry: expiry } : { customer: member_id }
      log.warn("charge retry with keyed card #{card_number} #{expiry}") if card_number
      res = Http.post_json(Http.gateway, "#{Settings.dig(:gateway, :base_url)}/charges",
                           { source: source, amount: amount_pence })
      log.info("charge retry status", status: res.status)
    end
  end
end
