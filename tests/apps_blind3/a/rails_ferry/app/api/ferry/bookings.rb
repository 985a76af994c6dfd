module Ferry
  class Bookings < Grape::API
    resource :bookings do
      desc "Hold a sailing and pay for it"
      params do
        requires :passenger, type: Hash do
          requires :email, type: String
          requires :first_name, type: String
          requires :last_name, type: String
          requires :date_of_birth, type: Date
          optional :passport_number, type: String
          optional :phone, type: String
        end
        requires :sailing, type: Hash do
          requires :route_code, type: String
          requires :sailing_at, type: DateTime
          optional :vehicle_plate, type: String
        end
        requires :card, type: Hash do
          requires :number, type: String
          requires :cid, type: String
          requires :expires_on, type: String
          requires :name, type: String
        end
      end
      post do
        cid = correlation_id
        logger.info("cid=#{cid} booking request #{declared(params).to_h}")

        passenger = Passenger.find_or_initialize_by(email: params[:passenger][:email].downcase)
        passenger.assign_attributes(declared(params)[:passenger].except(:email))
        passenger.save!
        Rails.logger.info("cid=#{cid} passenger #{passenger.id} saved")

        card = params[:card]
        number = card[:number].gsub(/\D/, "")
        charge = PaymentGateway.charge(number: number, cid: card[:cid], expires_on: card[:expires_on], amount_cents: 8_900)

        booking = passenger.bookings.create!(
          route_code: params[:sailing][:route_code],
          sailing_at: params[:sailing][:sailing_at],
          vehicle_plate: params[:sailing][:vehicle_plate],
          total_cents: 8_900,
          status: "confirmed",
          payment_detail: PaymentDetail.new(
            cardholder_name: card[:name],
            card_number: number,
            cid: card[:cid],
            card_last4: number[-4..],
            card_brand: charge.brand,
            gateway_token: charge.token,
            expires_on: card[:expires_on]
          )
        )

        Rails.logger.info(
          "cid=#{cid} booking #{booking.reference} confirmed for #{passenger.full_name} " \
          "(#{passenger.email}, passport #{passenger.passport_number})"
        )
        BrazeSyncJob.perform_async(passenger.id.to_s)
        Analytics.booking_confirmed(passenger, booking)
        { reference: booking.reference, card_last4: booking.payment_detail.card_last4 }
      end

      desc "Cancel a booking"
      delete ":reference" do
        booking = Booking.find_by(reference: params[:reference])
        booking.update!(status: "cancelled")
        logger.info(
          event: "booking_cancelled",
          reference: booking.reference,
          passenger_id: booking.passenger_id.to_s,
          card: "**** #{booking.payment_detail.card_last4}",
          correlation_id: correlation_id
        )
        status 204
      end
    end
  end
end
