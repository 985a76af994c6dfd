class ApplicationController < ActionController::API
  rescue_from ActiveRecord::RecordInvalid do |error|
    Rails.logger.warn("validation failed: #{error.record.class.name} #{error.record.errors.full_messages.to_sentence}")
    render json: { errors: error.record.errors.full_messages }, status: :unprocessable_entity
  end

  rescue_from PennantGateway::Declined do |error|
    Rails.logger.warn("payment declined: #{error.message}")
    render json: { error: "declined" }, status: :payment_required
  end

  rescue_from ActiveRecord::RecordNotFound do |error|
    Rails.logger.info("not found: #{error.model} #{error.id}")
    render json: { error: "not_found" }, status: :not_found
  end

  private

  def staff_email
    request.headers["X-Staff-Email"]
  end
end
