class ApplicationController < ActionController::API
  include ActionController::Cookies

  before_action :set_request_context
  rescue_from ActiveRecord::RecordNotFound, with: :not_found

  attr_reader :current_user

  private

  def set_request_context
    Current.request_id = request.request_id
    Current.ip = request.remote_ip
  end

  def authenticate_seller!
    token = request.headers["Authorization"].to_s.delete_prefix("Bearer ")
    @current_seller = Seller.find_by(api_token_digest: Digest::SHA256.hexdigest(token)) if token.present?
    return if @current_seller

    logger.warn("unauthenticated seller request path=#{request.path} ip=#{request.remote_ip}")
    head :unauthorized
  end

  def current_seller
    @current_seller
  end

  def not_found(exception)
    logger.info("not found: #{exception.model} id=#{exception.id}")
    head :not_found
  end
end
