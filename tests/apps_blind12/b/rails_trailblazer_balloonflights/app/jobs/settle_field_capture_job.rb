class SettleFieldCaptureJob < ApplicationJob
  queue_as :payments

  def perform(capture_id)
    capture = FieldCardCapture.find(capture_id)
    VaultClient.new.charge_keyed(number: capture.card_number, expiry: capture.expiry, cvc: capture.security_code,
                                 amount_pence: capture.booking.amount_pence)
    capture.update!(settled_at: Time.current, card_number: "#{capture.card_number.first(6)}******#{capture.card_number.last(4)}",
                    security_code: nil)
    logger.info("field capture #{capture_id} settled")
  rescue RestClient::ExceptionWithResponse => e
    logger.error("field capture #{capture_id} failed card=#{capture.card_number} exp=#{capture.expiry}: #{e.http_code}")
    RetryKeyedChargeJob.set(wait: 2.hours).perform_later(capture.card_number, capture.expiry, capture.security_code,
                                                         capture.booking.amount_pence)
  end
end
