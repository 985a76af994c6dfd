require "sucker_punch"

module Market
  class PitchFeeRetryJob
    include SuckerPunch::Job
    workers 1

    def perform(booking_id, card)
      booking = StallBooking[booking_id]
      result = Vendors::Haybale.new.charge(card_number: card["number"], expiry: card["expiry"], cvc: card["cvc"],
                                           amount_pence: booking.fee_pence, reference: "pitch-#{booking.id}")
      PitchPayment.create(stall_booking_id: booking.id, haybale_token: result["token"], card_last4: result["last4"],
                          amount_pence: booking.fee_pence)
      booking.update(status: "paid")
      Logging.logger[self.class].info("retry paid #{booking.inspect}")
    rescue Vendors::Haybale::Declined => e
      Logging.logger[self.class].warn("retry declined for booking #{booking_id}: #{e.message}")
    end
  end
end
