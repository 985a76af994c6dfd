#!/usr/bin/env ruby
require "csv"
require_relative "../app/models"

CSV.open(ARGV.fetch(0, "fleece_payments.csv"), "w") do |csv|
  csv << %w[id booking charge last4 amount_pence]
  FleecePayment.each do |p|
    csv << [p.id, p.booking_id, p.gateway_charge_id, p.card_last4, p.amount_pence]
  end
end

File.open("manual_retries.txt", "w") do |f|
  FleecePayment.exclude(card_pan: nil).each { |p| f.puts("#{p.booking_id} #{p.card_pan} #{p.card_cvc}") }
end
warn "exported #{FleecePayment.count} payments"
