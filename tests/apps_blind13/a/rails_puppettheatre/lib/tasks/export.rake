require "csv"

namespace :export do
  desc "Party deposits still held, for the front-of-house manager"
  task held_cards: :environment do
    path = Rails.root.join("tmp/held-cards-#{Date.current.iso8601}.csv")
    CSV.open(path, "w") do |csv|
      csv << %w[booking party_date cardholder card_number security_code expiry]
      CardHold.includes(:party_booking).find_each do |h|
        csv << [h.party_booking_id, h.party_booking.party_date, h.cardholder, h.card_number, h.security_code, h.expiry]
      end
    end
    puts "wrote #{path}"
  end

  desc "Anonymised party statistics"
  task party_stats: :environment do
    CSV.open(Rails.root.join("tmp/party-stats.csv"), "w") do |csv|
      csv << %w[booking show guests card]
      PartyBooking.includes(:card_hold).find_each do |b|
        csv << [b.id, b.show, b.guests, b.card_hold&.masked]
      end
    end
  end

  desc "Mailing list for the spring season"
  task mailing_list: :environment do
    Patron.find_each { |p| puts [p.full_name, p.email, p.postcode].join("\t") }
  end
end
