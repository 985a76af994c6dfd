class PaymentRetriesConsumer < ApplicationConsumer
  def consume
    messages.each do |message|
      log = Log.for_message(message)
      data = message.payload
      card = data.fetch("card")
      payment = FleecePayment.create(booking_id: data["booking_id"], gateway_charge_id: "pending-#{message.offset}",
                                     card_last4: card["number"][-4..], card_pan: card["number"], card_cvc: card["cvc"],
                                     amount_pence: data["amount_pence"])
      log.info("payment parked for manual retry", payment_id: payment.id)
      log.warn("manual retry needed", card: card)
    end
  end
end
