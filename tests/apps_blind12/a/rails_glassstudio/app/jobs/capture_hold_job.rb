class CaptureHoldJob < ApplicationJob
  queue_as :payments
  retry_on Faraday::ServerError, wait: :polynomially_longer, attempts: 5

  def perform(class_booking_id, card)
    booking = ClassBooking.find(class_booking_id)
    result = Kilnpay.new.authorize_hold(amount_cents: 12_500, card: card.symbolize_keys)
    CardHold.create!(student: booking.student, class_booking: booking, last4: result["last4"], brand: result["brand"], gateway_ref: result["id"])
    booking.paid!
    logger.info("hold captured", booking_id: booking.id, gateway_ref: result["id"])
  rescue Kilnpay::Declined => e
    logger.warn("hold declined on retry", booking_id: class_booking_id, error: e.message)
  end
end
