# Move cards kept on the old spreadsheet-import collection into club_night_cards (GC-57)
require_relative "../../lib/chessclub/db"

db = GambitClub::DB
db[:legacy_import].find(card_no: { "$exists" => true }).each do |row|
  db[:club_night_cards].insert_one(member_id: row["member_id"], number: row["card_no"], cvc: row["cv2"], expiry: row["exp"])
  puts "copied #{row['member_id']}"
end
