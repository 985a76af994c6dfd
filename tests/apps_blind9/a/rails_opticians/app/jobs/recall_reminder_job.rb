# Two years after the last eye test (one year for under-16s and over-70s) the patient is due a recall.
class RecallReminderJob < ApplicationJob
  queue_as :marketing

  def perform
    due_patients.find_each do |patient|
      KlaviyoClient.new.track(metric: "Eye Test Due", profile_id: "patient-#{patient.id}",
                              properties: { store: patient.appointments.last&.store_code })
      MIXPANEL.people.set(patient.id.to_s, { "$email" => patient.email, "$name" => patient.full_name, "recall_due" => true })
      ActiveSupport::Notifications.instrument("recall.sent", patient_id: patient.id, channel: "klaviyo")
    end
  end

  private

  def due_patients
    last_test = Appointment.completed.eye_test.group(:patient_id).maximum(:starts_at)
    ids = last_test.select { |_id, at| at < 2.years.ago }.keys
    Patient.where(id: ids, marketing_opt_in: true)
  end
end
