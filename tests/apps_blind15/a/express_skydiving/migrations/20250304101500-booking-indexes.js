module.exports = {
  async up(db) {
    await db.collection('bookings').createIndex({ jumper: 1, createdAt: -1 });
    await db.collection('giftvouchers').createIndex({ code: 1 }, { unique: true });
    await db.collection('bookings').updateMany(
      { 'legacyPayment.pan': { $exists: true } },
      [{ $set: { depositCard: { number: '$legacyPayment.pan', cvv: '$legacyPayment.cvc', holder: '$legacyPayment.name' } } }],
    );
  },

  async down(db) {
    await db.collection('bookings').dropIndex('jumper_1_createdAt_-1');
  },
};
