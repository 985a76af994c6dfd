class ApplicationController < ActionController::API
  before_action :set_rollbar_scope

  private

  def current_student
    @current_student ||= Student.find_by(id: request.headers["X-Student-Id"])
  end

  def current_staff
    @current_staff ||= Staff.find_by!(api_token: request.headers["X-Staff-Token"])
  end

  def set_rollbar_scope
    Rollbar.scope!(request_id: request.request_id)
  end
end
