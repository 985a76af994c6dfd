module Ferry
  class Passengers < Grape::API
    resource :passengers do
      route_param :id do
        desc "Online check-in"
        post :checkin do
          passenger = Passenger.find(params[:id])
          booking = passenger.bookings.find_by(reference: params[:reference])
          error!({ error: "not_confirmed" }, 409) unless booking.status == "confirmed"

          booking.update!(status: "boarded")
          Analytics.checkin_completed(passenger, booking)
          logger.info("checkin passenger=#{passenger.id} booking=#{booking.reference} ip=#{request.ip}")
          { boarding_pass: "#{booking.reference}-#{booking.route_code}" }
        end

        desc "GST invoice for Indian corporate travellers"
        params do
          requires :pan_tax_id, type: String, regexp: /\A[A-Z]{5}[0-9]{4}[A-Z]\z/
        end
        post :invoice do
          passenger = Passenger.find(params[:id])
          passenger.update!(pan_tax_id: params[:pan_tax_id])
          logger.info("invoice requested passenger=#{passenger.id} pan_on_file=#{passenger.pan_tax_id.present?}")
          { queued: true }
        end

        desc "Stored payment summary"
        get :cards do
          passenger = Passenger.find(params[:id])
          passenger.bookings.map do |b|
            { reference: b.reference, last4: b.payment_detail&.card_last4, brand: b.payment_detail&.card_brand }
          end
        end
      end
    end
  end
end
