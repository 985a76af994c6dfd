class PartyDepositJob
  include Sidekiq::Job
  sidekiq_options queue: :payments, retry: 8

  def perform(booking_id)
    booking = PartyBooking.find(booking_id)
    return unless booking.deposit_status == "pending"

    result = SpringpayClient.new.authorise(
      number: booking.deposit_card_number,
      expiry: booking.deposit_card_expiry,
      cvv: booking.deposit_card_cvv,
      amount_pence: PartyBooking::DEPOSIT_PENCE,
      reference: "PARTY-#{booking.id}"
    )
    booking.update!(deposit_status: "held", deposit_ref: result["id"])
    booking.clear_card!
    CustomerioClient.new.track(booking.guardian_id, "party_deposit_held", booking_id: booking.id)
    logger.info("deposit held for party #{booking.id} card ending #{booking.deposit_card_last4}")
  rescue SpringpayClient::Declined => e
    booking.update!(deposit_status: "declined")
    logger.warn("deposit declined for party #{booking.id}: #{e.code}")
  end
end
