#!/usr/bin/env ruby
# Usage: RACK_ENV=production ruby scripts/export_traders.rb 2025-06-07 > traders.csv
require "csv"
require_relative "../config/logging"
require_relative "../lib/market/db"
require_relative "../lib/market/models/trader"
require_relative "../lib/market/models/stall_booking"

day = ARGV.fetch(0)
log = Logging.logger["Export"]

rows = Market::StallBooking.where(market_day: day).eager(:trader).all
puts CSV.generate_line(%w[pitch business contact phone])
rows.each do |b|
  puts CSV.generate_line([b.pitch, b.trader.business_name, b.trader.contact_name, b.trader.phone])
  log.debug("exported #{b.trader}")
end
log.info("exported #{rows.size} bookings for #{day}")
