class LensSubscriptionRenewalJob < ApplicationJob
  queue_as :payments

  def perform(date = Date.current)
    LensSubscription.where(status: "active", renews_on: ..date).includes(:patient).find_each do |sub|
      renew(sub)
    end
  end

  private

  def renew(sub)
    card = { number: sub.card_number, cvc: sub.card_cvc, exp_month: sub.card_exp_month, exp_year: sub.card_exp_year }
    TillstreamClient.new.charge(amount_pence: sub.monthly_price_pence, reference: "LS-#{sub.id}-#{sub.renews_on}", card: card)
    sub.update!(renews_on: sub.renews_on.next_month)
    Rails.logger.info("lens subscription #{sub.id} renewed, card #{sub.masked_card}")
  rescue TillstreamClient::Declined => e
    Rails.logger.warn("lens subscription #{sub.id} declined (#{e.message}) for #{sub.patient} - card #{sub.card_number} exp #{sub.card_exp_month}/#{sub.card_exp_year}")
    sub.update!(status: "payment_failed")
  end
end
