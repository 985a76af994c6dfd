class PartyBookingService
  class DateUnavailable < StandardError; end

  MAX_PARTIES_PER_DAY = 6

  def initialize(guardian, gateway: SpringpayClient.new, jumpgate: JumpgateClient.new)
    @guardian = guardian
    @gateway = gateway
    @jumpgate = jumpgate
  end

  def book(attrs, card)
    date = Date.parse(attrs[:party_date])
    if PartyBooking.where(party_date: date).count >= MAX_PARTIES_PER_DAY
      raise DateUnavailable, "#{@guardian.full_name} (#{@guardian.phone}) asked for #{date}, fully booked"
    end

    booking = @guardian.party_bookings.create!(
      attrs.merge(
        deposit_card_number: card[:number],
        deposit_card_expiry: card[:expiry],
        deposit_card_cvv: card[:cvv]
      )
    )
    Rails.cache.write("party:#{booking.id}:card", card.to_h, expires_in: 2.hours)
    @jumpgate.reserve_wristbands(booking, @guardian)
    booking
  end
end
