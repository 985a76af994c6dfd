class KeapSyncJob < ApplicationJob
  queue_as :crm

  def perform(passenger_id)
    passenger = Passenger.find(passenger_id)
    contact = KeapClient.new.upsert_contact(passenger)
    passenger.update_column(:keap_contact_id, contact["id"]) if passenger.has_attribute?(:keap_contact_id)
    logger.info("keap contact #{contact['id']} for passenger #{passenger_id}")
  end
end
