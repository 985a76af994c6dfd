class SyncEnchargeJob < ApplicationJob
  queue_as :crm

  def perform(customer_id)
    customer = Customer.find(customer_id)
    response = EnchargeClient.new.upsert_person(customer)
    logger.info("encharge sync customer=#{customer_id} status=#{response.status}")
  end
end
