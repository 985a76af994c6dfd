namespace :payouts do
  desc "Run instant payouts for sellers with a registered debit card (DRY_RUN=1 to preview)"
  task instant: :environment do
    dry_run = ENV["DRY_RUN"].present?
    total = 0
    Seller.joins(:payout_cards).where.not(payout_cards: { processor_card_id: nil }).distinct.find_each do |seller|
      balance = seller.orders.paid.sum(:total_cents)
      next if balance.zero?

      card = seller.payout_cards.where.not(processor_card_id: nil).order(:created_at).last
      puts format("%-8s seller=%-6d card=%s amount=%.2f", dry_run ? "PREVIEW" : "PAYOUT", seller.id, card.masked_number,
                  balance / 100.0)
      InstantPayoutWorker.perform_async(seller.id, card.id, balance) unless dry_run
      total += balance
    end
    puts "total #{format('%.2f', total / 100.0)} USD"
  end

  desc "Remove payout cards whose expiry has passed"
  task prune_expired: :environment do
    removed = PayoutCard.find_each.select(&:expired?).each(&:destroy!).size
    Rails.logger.info("payouts:prune_expired removed=#{removed}")
  end
end
