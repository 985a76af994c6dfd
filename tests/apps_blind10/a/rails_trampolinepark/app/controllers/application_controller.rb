class ApplicationController < ActionController::API
  include ActionController::MimeResponds

  before_action :authenticate_guardian!
  before_action :set_honeybadger_context

  rescue_from ActiveRecord::RecordInvalid do |e|
    logger.warn("validation failed: #{e.message}")
    render json: { errors: e.record.errors.full_messages }, status: :unprocessable_entity
  end

  rescue_from SpringpayClient::Declined do |e|
    logger.warn("springpay declined: #{e.code}")
    render json: { error: "card_declined" }, status: :payment_required
  end

  private

  def set_honeybadger_context
    return unless current_guardian

    Honeybadger.context(user_id: current_guardian.id, user_email: current_guardian.email)
  end

  def append_info_to_payload(payload)
    super
    payload[:ip] = request.remote_ip
    payload[:guardian_contact] = current_guardian&.phone
  end
end
