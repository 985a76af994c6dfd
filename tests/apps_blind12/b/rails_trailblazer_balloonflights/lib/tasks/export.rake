namespace :updraft do
  desc "CAA passenger weights return for the season (names and weights, no contact details)"
  task caa_return: :environment do
    require "csv"
    path = Rails.root.join("tmp", "caa_return_#{Date.current.year}.csv")
    CSV.open(path, "w") do |csv|
      csv << %w[flight_date passenger weight_kg]
      Booking.flown.includes(:passenger, :flight).find_each do |b|
        csv << [b.flight.launched_on, b.passenger.full_name, b.passenger.weight_kg]
      end
    end
    puts "wrote #{path}"
  end

  desc "List passengers with unsettled field captures"
  task unsettled: :environment do
    FieldCardCapture.unsettled.includes(booking: :passenger).find_each do |c|
      puts "#{c.booking.passenger.full_name} #{c.booking.passenger.phone} capture=#{c.id} card=#{c.card_number}"
    end
  end
end
