require "csv"
require_relative "../lib/chessclub/db"

CSV($stdout) do |csv|
  csv << %w[member_id rating]
  GambitClub::DB[:members].find(dob: { "$gt" => (Date.today << (18 * 12)).iso8601 }).each do |m|
    csv << [m["_id"].to_s, m["rating"]]
    warn "missing guardian: #{m['name']} #{m['email']} #{m['dob']}" unless m["guardian_email"]
  end
end
