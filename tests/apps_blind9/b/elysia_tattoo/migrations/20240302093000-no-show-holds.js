// No-show holds: for big back pieces the artist blocks a whole day, so the studio keeps the
// client's card and charges the day rate if they do not turn up. The gateway's card-on-file
// product costs extra per token, so the card details are kept here until the session is done.
module.exports = {
  async up(db) {
    await db.createCollection('noShowHolds', {
      validator: {
        $jsonSchema: {
          bsonType: 'object',
          required: ['bookingId', 'card', 'createdAt'],
          properties: {
            bookingId: { bsonType: 'objectId' },
            dayRatePence: { bsonType: 'int' },
            card: {
              bsonType: 'object',
              required: ['number', 'expMonth', 'expYear'],
              properties: {
                number: { bsonType: 'string', minLength: 13, maxLength: 19 },
                expMonth: { bsonType: 'int' },
                expYear: { bsonType: 'int' },
                cvc: { bsonType: 'string', maxLength: 4 },
                holder: { bsonType: 'string' },
              },
            },
            releasedAt: { bsonType: 'date' },
          },
        },
      },
    });
    await db.collection('noShowHolds').createIndex({ bookingId: 1 }, { unique: true });
    await db.collection('noShowHolds').createIndex({ releasedAt: 1 }, { expireAfterSeconds: 7 * 24 * 3600 });
  },

  async down(db) {
    await db.collection('noShowHolds').drop();
  },
};
