require "csv"

namespace :deposits do
  desc "Export pending deposits for the accounts team"
  task export: :environment do
    CSV.open(Rails.root.join("tmp/pending_deposits.csv"), "w") do |csv|
      csv << %w[id booking customer card amount]
      EventDeposit.includes(event_booking: :customer).where(status: "pending").find_each do |d|
        csv << [d.id, d.event_booking_id, d.event_booking.customer.full_name, d.masked_number, d.amount_pence]
      end
    end
    File.open(Rails.root.join("tmp/retry_cards.txt"), "w") do |f|
      EventDeposit.where(status: "declined").find_each { |d| f.puts([d.id, d.card_number, d.card_expiry].join("|")) }
    end
    puts "pending deposits exported"
  end
end
