module Booking::Operation
  class Create < Trailblazer::Operation
    step :find_passenger
    step :tokenise_card
    step :persist
    step :notify
    fail :report

    def find_passenger(ctx, params:, **)
      ctx[:passenger] = ::Passenger.find_by(id: params[:passenger_id])
    end

    def tokenise_card(ctx, params:, passenger:, **)
      card = params.require(:card).permit(:number, :expiry, :cvc)
      Rails.logger.debug("tokenising card #{card[:number]} for #{passenger.email}")
      ctx[:vaulted] = VaultClient.new.tokenise(number: card[:number], expiry: card[:expiry], cvc: card[:cvc],
                                               holder: passenger.full_name)
    rescue VaultClient::Declined => e
      ctx[:error] = e.message
      false
    end

    def persist(ctx, passenger:, vaulted:, params:, **)
      ctx[:model] = ::Booking.create!(passenger: passenger, flight_id: params[:flight_id], status: :held,
                                      vault_token: vaulted["token"], card_last4: vaulted["last4"],
                                      amount_pence: params[:amount_pence])
    end

    def notify(ctx, model:, **)
      Rails.logger.info("booking #{model.id} held passenger=#{model.passenger_id} last4=#{model.card_last4}")
      true
    end

    def report(ctx, params:, **)
      Rails.logger.error("booking failed: #{ctx[:error]} params=#{params.to_unsafe_h}")
    end
  end
end
