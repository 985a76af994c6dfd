class ChargePartyDepositJob < ApplicationJob
  queue_as :payments
  retry_on Gateway::Declined, wait: 6.hours, attempts: 3

  def perform(booking_id, number, cvc, expiry, token: nil)
    booking = PartyBooking.find(booking_id)
    Rails.logger.tagged("ChargePartyDepositJob", "booking:#{booking_id}") do
      result = token ? Gateway.new.charge_token(booking, token) : Gateway.new.authorise(booking, number: number, cvc: cvc, expiry: expiry)
      booking.confirmed!
      Rails.logger.info "deposit ok auth=#{result['id']} last4=#{result['last4']}"
    end
  rescue Gateway::Declined => e
    Rails.logger.error "deposit failed: #{e.message}"
    raise
  end
end
