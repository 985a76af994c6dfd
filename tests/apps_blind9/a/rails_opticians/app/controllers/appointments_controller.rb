class AppointmentsController < ApplicationController
  def index
    appointments = current_patient.appointments.upcoming
    render json: appointments.as_json(only: %i[id kind status store_code starts_at])
  end

  def create
    appointment = Appointments::Book.new(
      patient: current_patient,
      store_code: params.require(:store_code),
      starts_at: Time.zone.parse(params.require(:starts_at)),
      kind: params.fetch(:kind, "eye_test")
    ).call
    render json: { id: appointment.id, starts_at: appointment.starts_at,
                   patient: { name: current_patient.full_name, email: current_patient.email } }, status: :created
  rescue Appointments::Book::SlotTaken => e
    Rails.logger.warn(e.message)
    render json: { error: "slot_taken" }, status: :conflict
  end

  def no_show
    appointment = current_patient.appointments.find(params[:id])
    appointment.no_show!
    Rails.logger.info("no-show recorded appointment=#{appointment.id} patient_id=#{current_patient.id} ip=#{request.remote_ip}")
    head :no_content
  end
end
