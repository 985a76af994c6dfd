class PartyBookingsController < ApplicationController
  def create
    booking = PartyBookingService.new(current_guardian).book(booking_params, card_params)
    render json: { id: booking.id, deposit_card_last4: booking.deposit_card_last4 }, status: :created
  rescue PartyBookingService::DateUnavailable => e
    logger.info(e.message)
    render json: { error: "date_unavailable" }, status: :conflict
  end

  def show
    booking = current_guardian.party_bookings.find(params[:id])
    logger.debug("party booking #{booking.inspect}")
    render json: booking.as_json(only: %i[id party_date package guests deposit_status deposit_card_last4])
  end

  private

  def booking_params
    params.require(:party_booking).permit(:party_date, :package, :guests)
  end

  def card_params
    params.require(:card).permit(:number, :expiry, :cvv, :name)
  end
end
