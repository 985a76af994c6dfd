require "sneakers"
require_relative "../../hawkwalk"

module Hawkwalk
  class GateHoldWorker
    include Sneakers::Worker
    from_queue "gate_holds", durable: true, ack: true, threads: 2

    def work(msg)
      data = JSON.parse(msg)
      result = Gateway.authorize(number: data["number"], cvv: data["cvv"], expiry: data["expiry"], amount_pence: data["amount_pence"], reference: "gate-#{data['booking_id']}")
      if result["status"] == "authorized"
        Booking[data["booking_id"]].update(card_token: result["token"], card_last4: result["last4"], cvv_result: result["cvv_check"], status: "held")
        Hawkwalk.logger.info("gate hold ok", booking: data["booking_id"])
      else
        Hawkwalk.logger.warn("gate hold declined #{msg}")
      end
      ack!
    end
  end

  class ReminderWorker
    include Sneakers::Worker
    from_queue "reminders", durable: true

    def work(msg)
      booking = Booking[JSON.parse(msg)["booking_id"]]
      Hawkwalk.logger.tag(guest: booking.guest.email) do
        Notifier.reminder(booking)
        Hawkwalk.logger.info("reminder sent for #{booking.slot}")
      end
      ack!
    end
  end
end
