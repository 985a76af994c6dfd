class SyncDripJob < ApplicationJob
  queue_as :marketing

  def perform(customer_id)
    customer = Customer.find(customer_id)
    drip_id = DripClient.new.upsert_subscriber(customer)
    customer.update_columns(drip_subscriber_id: drip_id)
    DripClient.new.record_event(drip_id, "Catering enquiry")
    logger.info("drip synced", customer_id: customer_id, drip_id: drip_id)
  end
end
