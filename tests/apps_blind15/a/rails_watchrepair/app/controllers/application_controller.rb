class ApplicationController < ActionController::API
  before_action :set_current

  rescue_from ActiveRecord::RecordInvalid do |e|
    Rails.logger.warn("validation failed: #{e.record.class.name} #{e.record.errors.attribute_names.join(',')}")
    render json: { error: "invalid" }, status: :unprocessable_entity
  end

  private

  def set_current
    Current.bench_user = request.headers["X-Bench-User"]
    Current.request_id = request.request_id
  end

  def append_info_to_payload(payload)
    super
    payload[:remote_ip] = request.remote_ip
    payload[:customer_email] = @customer&.email
  end
end
