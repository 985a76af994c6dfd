#!/usr/bin/env ruby
# Re-publishes farmer signups from the paper-form CSV collected at the spring shows.
require "csv"
require "json"
require_relative "../karafka"

path = ARGV.fetch(0) { abort "usage: replay_signups.rb FILE.csv" }
count = 0
CSV.foreach(path, headers: true) do |row|
  Karafka.producer.produce_sync(topic: "farmer_signups", key: row["holding_number"], payload: row.to_h.to_json)
  count += 1
  puts "replayed #{row["full_name"]} <#{row["email"]}>" if ENV["VERBOSE"]
end
puts "replayed #{count} signups from #{File.basename(path)}"
