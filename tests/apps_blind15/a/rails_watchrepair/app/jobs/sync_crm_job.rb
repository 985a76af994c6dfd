class SyncCrmJob < ApplicationJob
  queue_as :default

  def perform(customer_id)
    customer = Customer.find(customer_id)
    NutshellClient.new.upsert_contact(customer)
    QualtricsClient.new.add_to_survey_list(customer)
  end
end
