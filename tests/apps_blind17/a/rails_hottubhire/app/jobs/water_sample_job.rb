class WaterSampleJob < ApplicationJob
  queue_as :default

  def perform(rental_id)
    rental = Rental.includes(:customer).find(rental_id)
    resp = WaterLabClient.book_sample(rental)
    logger.info("water sample booked for rental #{rental_id}: #{resp.code}")
  end
end
