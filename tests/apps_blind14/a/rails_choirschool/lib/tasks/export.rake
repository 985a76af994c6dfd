require "csv"

namespace :export do
  desc "Export tour deposits for the bursar"
  task tour_deposits: :environment do
    path = ENV.fetch("OUT", "tmp/tour_deposits.csv")
    CSV.open(path, "w") do |csv|
      csv << %w[guardian tour card amount]
      TourDeposit.includes(:guardian).find_each do |d|
        csv << [d.guardian.full_name, d.tour_code, d.card_number, d.amount_pence]
      end
    end
    CSV.open(path.sub(".csv", "_masked.csv"), "w") do |csv|
      TourDeposit.find_each { |d| csv << [d.guardian_id, d.tour_code, d.masked_number, d.amount_pence] }
    end
    puts "exported #{TourDeposit.count} deposits to #{path}"
  end
end
