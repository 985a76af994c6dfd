class ApplicationController < RageController::API
  before_action :authenticate_staff!

  rescue_from Dynamoid::Errors::RecordNotFound do |_e|
    head :not_found
  end

  rescue_from StandardError do |e|
    Rage.logger.error "#{e.class}: #{e.message} params=#{params.inspect}"
    Appsignal.report_error(e)
    render json: { error: "internal" }, status: 500
  end

  private

  def authenticate_staff!
    token = request.headers["Authorization"].to_s.delete_prefix("Bearer ")
    @staff = StaffToken.verify(token) or head(:unauthorized)
  end

  def current_staff
    @staff
  end
end
