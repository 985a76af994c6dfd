class SyncCustomerJob < ApplicationJob
  queue_as :crm

  def perform(customer_id)
    customer = Customer.find(customer_id)
    UserlistClient.push_user(customer)
    KnockClient.identify(customer)
    customer.update_columns(userlist_identifier: "cust-#{customer.id}")
    logger.info("synced customer #{customer_id}")
  end
end
