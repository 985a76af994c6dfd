class ApplicationController < ActionController::API
  class BookingClash < StandardError; end

  rescue_from ActiveRecord::RecordNotFound do |e|
    logger.warn("not found", error: e.message)
    head :not_found
  end

  rescue_from BookingClash do |e|
    logger.warn("booking clash: #{e.message}")
    render json: { error: "date unavailable" }, status: :conflict
  end

  around_action :tag_customer

  private

  def tag_customer(&block)
    if current_customer
      SemanticLogger.tagged(customer_id: current_customer.id, &block)
    else
      yield
    end
  end

  def current_customer
    @current_customer ||= Customer.find_by(id: request.headers["X-Customer-Id"])
  end
end
