class CollectionReminderJob < ApplicationJob
  queue_as :default

  def perform(rental_id)
    rental = Rental.find(rental_id)
    return unless rental.delivered?

    KnockClient.trigger("collection-reminder", rental.customer_id,
                        rental_id: rental.id, collect_on: rental.ends_on.iso8601, tub_model: rental.tub_model)
    logger.info("collection reminder sent for rental #{rental.id}")
  end
end
