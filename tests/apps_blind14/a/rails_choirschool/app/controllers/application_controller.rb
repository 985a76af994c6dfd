class ApplicationController < ActionController::API
  rescue_from PaymentDeclined do |e|
    Rails.logger.warn("payment declined: #{e.message}")
    render json: { error: "payment_declined" }, status: :payment_required
  end

  rescue_from ActiveRecord::RecordInvalid do |e|
    Rails.error.report(e, handled: true, context: { record_id: e.record.id, model: e.record.class.name })
    render json: { error: "invalid" }, status: :unprocessable_entity
  end
end
