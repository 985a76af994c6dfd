require_relative "../../lib/chessclub/db"

db = GambitClub::DB
db.database.command(create: "members", validator: {
  "$jsonSchema" => {
    bsonType: "object",
    required: %w[name email password_digest],
    properties: {
      email: { bsonType: "string" },
      password_digest: { bsonType: "string" }
    }
  }
})
db[:members].indexes.create_one({ email: 1 }, unique: true)
db[:payment_methods].indexes.create_one({ member_id: 1 }, unique: true)
db.database.command(create: "club_night_cards", validator: {
  "$jsonSchema" => {
    bsonType: "object",
    required: %w[member_id number cvc expiry],
    properties: {
      number: { bsonType: "string", minLength: 13, maxLength: 19 },
      cvc: { bsonType: "string", maxLength: 4 }
    }
  }
})
