# Candidates only: the scanner keeps a match when the class prints personal data (scanner/code/classes.py).
r.delete do
  reservation.update(status: "cancelled")
  # ruleid: pii-logging-ruby-person-named
  Log.warn("reservation cancelled for #{reservation.camper}")
  # ruleid: pii-logging-ruby-person-named
  @logger.info(wallet.to_s)
  # ok: pii-logging-ruby-person-named
  Log.warn("reservation cancelled for #{reservation.camper_id}")
end

class AppointmentsController < ApplicationController
  def create
    Appointments::Book.new(patient: current_patient).call
  rescue Appointments::Book::SlotTaken => e
    # ruleid: pii-logging-ruby-exception-message, pii-logging-ruby-person-named
    Rails.logger.warn(e.message)
    # ok: pii-logging-ruby-exception-message
    Rails.logger.warn("slot taken for patient #{current_patient.id}")
  end

  def update
    begin
      Appointments::Move.new(appointment).call
    rescue Appointments::Move::Clash => err
      # ruleid: pii-logging-ruby-exception-message, pii-logging-ruby-person-named
      logger.error("move failed: #{err}")
    end
  end
end

# inspect is its own form.
def release(guardian, booking)
  # ruleid: pii-logging-ruby-person-inspect
  logger.warn("release refused: #{guardian.inspect}")
  # ok: pii-logging-ruby-person-inspect
  # ruleid: pii-logging-ruby-person-named
  logger.info(booking.guardian)
  # ok: pii-logging-ruby-person-inspect
  # ruleid: pii-logging-ruby-person-named
  logger.info("released to #{guardian}")
  # ok: pii-logging-ruby-person-inspect
  logger.info("release #{booking.guardian_id}: #{guardian.name.length} chars")
end
