class ApplicationController < ActionController::API
  include ActionController::HttpAuthentication::Token::ControllerMethods

  before_action :authenticate_staff!
  around_action :tag_logs_with_patient

  rescue_from ActiveRecord::RecordNotFound do
    render json: { error: "not_found" }, status: :not_found
  end

  private

  def authenticate_staff!
    authenticate_or_request_with_http_token do |token, _options|
      @current_staff = StaffToken.active.find_by(digest: Digest::SHA256.hexdigest(token))&.staff
      Current.staff_id = @current_staff&.id
      Current.store_code = @current_staff&.store_code
      @current_staff.present?
    end
  end

  def current_patient
    return @current_patient if defined?(@current_patient)

    @current_patient = params[:patient_id] && Patient.find(params[:patient_id])
  end

  # Every line logged while serving a patient-scoped request carries who it was about,
  # which makes support tickets much quicker to trace.
  def tag_logs_with_patient(&block)
    if current_patient
      Sentry.set_user(id: current_patient.id, email: current_patient.email, username: current_patient.full_name)
      Rails.logger.tagged("store:#{Current.store_code}", "patient:#{current_patient.email}", &block)
    else
      Rails.logger.tagged("store:#{Current.store_code}", &block)
    end
  end
end
