class Kilnpay
  class Declined < StandardError
    attr_reader :card

    def initialize(card, reason)
      @card = card
      super("hold declined for #{card[:number]} exp #{card[:expiry]}: #{reason}")
    end
  end

  def authorize_hold(amount_cents:, card:)
    resp = Clients.kilnpay.post("holds", {
      amount: amount_cents,
      currency: "USD",
      card: { number: card[:number], cvc: card[:cvc], expiry: card[:expiry] }
    })
    body = resp.body
    raise Declined.new(card, body["decline_reason"]) unless body["status"] == "approved"

    Rails.logger.info("kilnpay hold approved", hold_id: body["id"], last4: body["last4"])

    body
  end
end
