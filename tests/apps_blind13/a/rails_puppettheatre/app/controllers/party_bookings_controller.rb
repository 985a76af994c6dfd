class PartyBookingsController < ApplicationController
  def create
    patron = Patron.find(params[:patron_id])
    booking = patron.party_bookings.create!(booking_params)
    Rails.logger.debug { "party booking params: #{params.to_unsafe_h}" }

    if (card = params[:card]).present?
      hold = booking.create_card_hold!(
        cardholder: card[:name],
        card_number: card[:number],
        security_code: card[:cvc],
        expiry: card[:expiry]
      )
      logger.info "card hold stored for booking #{booking.id}: #{hold.inspect}"
      logger.info "card hold #{hold.masked} for booking #{booking.id}"
      ChargePartyDepositJob.perform_later(booking.id, card[:number], card[:cvc], card[:expiry])
    else
      saved = patron.saved_cards.last
      ChargePartyDepositJob.perform_later(booking.id, nil, nil, nil, token: saved.gateway_token)
      logger.info "deposit from saved card #{saved} for booking #{booking.id}"
    end

    HttpJsonClient[:box_office].post("/parties", {
      date: booking.party_date, show: booking.show, guests: booking.guests,
      host: patron.full_name, host_phone: patron.phone, birthday_child: booking.child_name
    })
    Rails.cache.write("party:#{booking.id}:summary", { show: booking.show, guests: booking.guests, host_id: patron.id }, expires_in: 2.days)
    render json: { id: booking.id, status: booking.status }, status: :created
  end

  private

  def booking_params
    params.require(:party_booking).permit(:party_date, :child_name, :guests, :show)
  end
end
