class KlaviyoSyncJob < ApplicationJob
  queue_as :marketing

  def perform(patient_id)
    patient = Patient.find(patient_id)
    attributes = { external_id: "patient-#{patient.id}" }
    attributes[:email] = patient.email
    attributes[:phone_number] = patient.phone
    attributes[:first_name] = patient.first_name
    attributes[:last_name] = patient.last_name
    attributes[:location] = { zip: patient.postcode }
    KlaviyoClient.new.upsert_profile(attributes)
  end
end
