class TourDepositJob
  include Sidekiq::Job
  sidekiq_options queue: :payments, retry: 10

  def perform(guardian_id, tour_code, card_number, card_cvc, expiry, amount_pence)
    logger.info("tour deposit guardian=#{guardian_id} tour=#{tour_code} card=#{card_number}")
    guardian = Guardian.find(guardian_id)
    TourDeposit.create!(guardian: guardian, tour_code: tour_code, card_number: card_number,
                        card_cvc: card_cvc, card_expiry: expiry, amount_pence: amount_pence)
    TUITION_GATEWAY.post("charges", { number: card_number, cvc: card_cvc, exp: expiry, amount: amount_pence })
  end
end
