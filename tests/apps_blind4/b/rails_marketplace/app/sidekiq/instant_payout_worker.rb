class InstantPayoutWorker
  include Sidekiq::Job
  sidekiq_options queue: :payouts, retry: 3

  def perform(seller_id, payout_card_id, amount_cents)
    card = PayoutCard.find_by!(id: payout_card_id, seller_id: seller_id)
    response = Faraday.post("https://api.payouts-processor.example/v1/payouts",
                            { card: card.processor_card_id, amount: amount_cents, currency: "usd" }.to_json,
                            "Content-Type" => "application/json",
                            "Authorization" => "Bearer #{ENV.fetch('PAYOUTS_API_KEY')}")
    payout = JSON.parse(response.body)
    logger.info "instant payout seller=#{seller_id} card=#{card.masked_number} amount=#{amount_cents} " \
                "payout=#{payout['id']} status=#{payout['status']}"
  rescue Faraday::Error => e
    logger.error "instant payout failed seller=#{seller_id} card_id=#{payout_card_id}: #{e.class}"
    raise
  end
end
