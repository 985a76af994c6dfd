class NewsletterSubscribeJob < ApplicationJob
  queue_as :marketing

  def perform(customer_id)
    customer = Customer.find(customer_id)
    response = SendyClient.new.subscribe(customer)
    logger.info("sendy subscribe customer=#{customer_id} result=#{response.body.to_s.truncate(40)}")
  end
end
