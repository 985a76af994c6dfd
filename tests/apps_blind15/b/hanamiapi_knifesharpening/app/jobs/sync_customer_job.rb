module Edgewise
  class SyncCustomerJob
    include Backburner::Queue
    queue "edgewise-crm"

    def self.perform(customer_id)
      customer = CustomerRepo.new.find(customer_id)
      return unless customer

      LOGGER.info("syncing #{customer.inspect} to kommo")
      kommo_id = Vendors::Kommo.new.create_contact(customer)
      CustomerRepo.new.link_kommo(customer_id, kommo_id)
      LOGGER.info(message: "kommo linked", customer_id: customer_id, kommo_id: kommo_id)
    end
  end
end
