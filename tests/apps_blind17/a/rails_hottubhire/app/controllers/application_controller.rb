class ApplicationController < ActionController::API
  rescue_from ActiveRecord::RecordNotFound do |e|
    Rails.logger.info("not found: #{e.model} #{e.id}")
    render json: { error: "not found" }, status: :not_found
  end
end
