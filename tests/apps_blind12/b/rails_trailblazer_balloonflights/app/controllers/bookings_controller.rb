class BookingsController < ApplicationController
  def create
    result = Booking::Operation::Create.call(params: params)
    if result.success?
      render json: { id: result[:model].id, last4: result[:model].card_last4 }, status: :created
    else
      render json: { error: "card_declined" }, status: :payment_required
    end
  end
end
