# Reception tablets post walk-in payments here when the card terminal is offline.
class WalkInPaymentJob
  include Sidekiq::Job
  sidekiq_options queue: :payments, retry: 20

  def perform(amount_pence, card_number, expiry, cvv, customer_name)
    SpringpayClient.new.authorise(number: card_number, expiry: expiry, cvv: cvv,
                                  amount_pence: amount_pence, reference: "WALKIN-#{jid}")
    logger.info("walk-in payment for #{customer_name} captured")
  end

  def self.enqueue_offline(params)
    perform_async(params[:amount_pence].to_i, params[:card_number], params[:expiry], params[:cvv], params[:name])
  end
end
