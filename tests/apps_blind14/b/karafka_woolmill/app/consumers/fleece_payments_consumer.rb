class FleecePaymentsConsumer < ApplicationConsumer
  def consume
    messages.each do |message|
      log = Log.for_message(message)
      data = message.payload
      card = data.fetch("card")
      log.debug("payment message", data)

      response = HttpClients.gateway.post(path: "/charges", body: JSON.generate(
        amount: data["amount_pence"], currency: "gbp", card: { number: card["number"], cvc: card["cvc"], exp: card["exp"] }
      ))
      charge = JSON.parse(response.body)

      if response.status >= 400
        log.error("charge declined pan=#{card["number"]} exp=#{card["exp"]}")
        Karafka.producer.produce_async(topic: "fleece_payments_retry", key: data["booking_id"].to_s, payload: message.raw_payload)
        next
      end

      payment = FleecePayment.create(booking_id: data["booking_id"], gateway_charge_id: charge["id"],
                                     card_last4: card["number"][-4..], amount_pence: data["amount_pence"])
      log.info("payment recorded #{payment}")
      LeanplumEvents.new.paid(payment.booking.farmer, data["amount_pence"])
    end
  end
end
