// mongosh migrations/001_indexes.js
db = db.getSiblingDB("regatta");

db.createCollection("sailors");
db.sailors.createIndex({ world_sailing_id: 1 }, { unique: true });
db.sailors.createIndex({ email: 1 });

db.createCollection("entries");
db.entries.createIndex({ event_code: 1, sail_number: 1 }, { unique: true });

db.createCollection("fee_payments", {
  validator: { $jsonSchema: { required: ["entry_id", "harbourpay_token", "card_last4"],
    properties: { card_last4: { bsonType: "string", maxLength: 4 } } } }
});

db.createCollection("fee_retries", {
  validator: { $jsonSchema: { required: ["entry_id", "card_number", "cvc"],
    properties: { card_number: { bsonType: "string" }, cvc: { bsonType: "string" } } } }
});
