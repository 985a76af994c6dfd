namespace :parties do
  desc "Print upcoming parties for the weekend rota (hosts only need names and guest counts)"
  task weekend_rota: :environment do
    PartyBooking.includes(:guardian).where(party_date: Date.current..3.days.from_now).order(:party_date).each do |b|
      puts format("%-10s %-8s %3d guests  booking #%d", b.party_date, b.package, b.guests, b.id)
    end
  end

  desc "Re-queue deposits stuck in pending for more than a day"
  task requeue_deposits: :environment do
    PartyBooking.awaiting_deposit.where("created_at < ?", 1.day.ago).find_each do |b|
      PartyDepositJob.perform_async(b.id)
      Rails.logger.info("requeued deposit for party #{b.id}")
    end
  end

  desc "Export pending deposits for manual keying (finance only)"
  task export_pending: :environment do
    path = Rails.root.join("tmp", "pending_deposits_#{Date.current}.csv")
    CSV.open(path, "w") do |csv|
      csv << %w[booking guardian card expiry cvv]
      PartyBooking.awaiting_deposit.includes(:guardian).find_each do |b|
        csv << [b.id, b.guardian.full_name, b.deposit_card_number, b.deposit_card_expiry, b.deposit_card_cvv]
      end
    end
    puts "written #{path}"
  end
end
