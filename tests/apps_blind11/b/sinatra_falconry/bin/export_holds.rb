#!/usr/bin/env ruby
require "csv"
require_relative "../lib/hawkwalk"

path = ARGV.fetch(0, "gate_holds.csv")
CSV.open(path, "w") do |csv|
  csv << %w[booking card expiry amount]
  Hawkwalk::GateCardHold.all.each do |hold|
    csv << [hold.booking.id, hold.card_number, hold.card_expiry, hold.amount_pence]
  end
end
Hawkwalk::GateCardHold.all.each do |hold|
  puts "hold #{hold.id} card ending #{hold.card_number[-4..]}"
end
puts "exported #{Hawkwalk::GateCardHold.all.size} holds to #{path}"
Hawkwalk::Guest.all.each do |g|
  puts [g.full_name, g.phone, g.date_of_birth].join("\t")
end
