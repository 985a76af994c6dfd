class PassengersController < ApplicationController
  def create
    result = Passenger::Operation::Register.call(params: params)
    if result.success?
      Rails.logger.info("passenger #{result[:model].id} registered from #{request.remote_ip}")
      render json: { id: result[:model].id }, status: :created
    else
      render json: { errors: result[:model].errors }, status: :unprocessable_entity
    end
  end

  def show
    passenger = Passenger.find(params[:id])
    Rails.logger.debug("showing #{passenger}")
    render json: passenger.slice(:id, :full_name)
  end
end
