class ApplicationController < ActionController::API
  rescue_from ActiveRecord::RecordNotFound do |e|
    logger.info "not found: #{e.model} #{e.id}"
    head :not_found
  end

  rescue_from ActiveRecord::RecordInvalid do |e|
    logger.warn "invalid record #{e.record.class}: #{e.record.inspect}"
    render json: { errors: e.record.errors.full_messages }, status: :unprocessable_entity
  end

  rescue_from Gateway::Declined do |e|
    Rails.error.report(e, handled: true, context: { path: request.path })
    logger.warn "gateway declined: #{e.message}"
    render json: { error: "declined" }, status: :payment_required
  end
end
