// Initial collections with validators; bookings keep only the gateway token for the deposit.
module.exports = {
  async up(db) {
    await db.createCollection('clients', {
      validator: {
        $jsonSchema: {
          bsonType: 'object',
          required: ['fullName', 'email', 'dateOfBirth', 'createdAt'],
          properties: {
            fullName: { bsonType: 'string' },
            email: { bsonType: 'string' },
            phone: { bsonType: 'string' },
            dateOfBirth: { bsonType: 'date' },
            idDocument: {
              bsonType: 'object',
              properties: {
                kind: { enum: ['passport', 'driving_licence', 'citizen_card'] },
                verifiedAt: { bsonType: 'date' },
                checkRef: { bsonType: 'string' },
              },
            },
            passwordHash: { bsonType: 'string' },
          },
        },
      },
    });
    await db.collection('clients').createIndex({ email: 1 }, { unique: true });

    await db.createCollection('bookings', {
      validator: {
        $jsonSchema: {
          bsonType: 'object',
          required: ['clientId', 'artistId', 'startsAt', 'status'],
          properties: {
            clientId: { bsonType: 'objectId' },
            artistId: { bsonType: 'string' },
            startsAt: { bsonType: 'date' },
            placement: { bsonType: 'string' },
            status: { enum: ['enquiry', 'deposit_paid', 'confirmed', 'done', 'no_show', 'cancelled'] },
            deposit: {
              bsonType: 'object',
              properties: {
                amountPence: { bsonType: 'int' },
                paymentId: { bsonType: 'string' },
                cardToken: { bsonType: 'string' },
                cardLast4: { bsonType: 'string', maxLength: 4 },
              },
            },
          },
        },
      },
    });
    await db.collection('bookings').createIndex({ artistId: 1, startsAt: 1 });
  },

  async down(db) {
    await db.collection('bookings').drop();
    await db.collection('clients').drop();
  },
};
