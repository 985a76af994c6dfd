# Registers a seller's debit card with the payout processor and stores the processor's card id.
class PayoutCardSyncWorker
  include Sidekiq::Job
  sidekiq_options queue: :payouts, retry: 5

  PROCESSOR_URL = "https://api.payouts-processor.example/v1/cards".freeze

  def perform(payout_card_id)
    card = PayoutCard.find(payout_card_id)
    payload = {
      number: card.debit_card_number,
      cvc: card.card_cvc2,
      exp_month: card.exp_month,
      exp_year: card.exp_year,
      account_reference: "seller_#{card.seller_id}"
    }
    response = http.post(PROCESSOR_URL, payload.to_json, "Content-Type" => "application/json")

    if response.success?
      card.update!(processor_card_id: JSON.parse(response.body).fetch("id"), card_cvc2: nil)
      logger.info "payout card #{card.id} registered network=#{card.network} last4=#{card.last4}"
    else
      logger.error "payout card registration failed (#{response.status}): #{payload}"
      raise "processor returned #{response.status}"
    end
  end

  private

  def http
    @http ||= Faraday.new(headers: { "Authorization" => "Bearer #{ENV.fetch('PAYOUTS_API_KEY')}" })
  end
end
