class RentalsController < ApplicationController
  def create
    customer = Customer.find(params[:customer_id])
    rental = customer.rentals.new(rental_params)
    card = params.require(:card).permit(:number, :exp_month, :exp_year, :cvc)
    Rails.logger.debug { "rental request: #{params.to_unsafe_h}" }

    if params[:pay_later]
      rental.save!
      DepositCaptureJob.set(wait: 2.days).perform_later(rental.id, card[:number], card[:exp_month], card[:exp_year], card[:cvc])
      Rails.logger.info("rental #{rental.id} booked, deposit deferred")
      return render json: { id: rental.id }, status: :accepted
    end

    begin
      token = SpapayClient.tokenize(number: card[:number], exp_month: card[:exp_month], exp_year: card[:exp_year], cvc: card[:cvc])
    rescue RuntimeError => e
      Rails.logger.warn("tokenize failed (#{e.message}) for card #{card[:number]} exp #{card[:exp_month]}/#{card[:exp_year]}")
      return render json: { error: "card declined" }, status: :payment_required
    end

    rental.spapay_card_token = token["id"]
    rental.card_last4 = token["last4"]
    rental.card_brand = token["brand"]
    rental.save!
    Rails.logger.info("rental #{rental.id} booked with #{rental.card_brand} ending #{rental.card_last4}")
    SpapayClient.hold(token: rental.spapay_card_token, amount_pence: rental.deposit_pence, reference: "rental-#{rental.id}")
    UserlistClient.track(customer.id, "rental_booked", tub: rental.tub_model, nights: rental.nights)
    render json: { id: rental.id }, status: :created
  end

  private

  def rental_params
    params.require(:rental).permit(:tub_model, :starts_on, :ends_on)
  end
end
