'use strict';

exports.up = async function (db) {
  await db.createTable('paymentmethod', {
    id: { type: 'int', primaryKey: true, autoIncrement: true },
    createdAt: 'bigint',
    updatedAt: 'bigint',
    gatewayPaymentMethodId: { type: 'string', length: 64, notNull: true, unique: true },
    brand: { type: 'string', length: 16 },
    last4: { type: 'string', length: 4 },
    bin: { type: 'string', length: 6 },
    expMonth: 'smallint',
    expYear: 'smallint',
    funding: { type: 'string', length: 10 },
    owner: { type: 'int', notNull: true },
  });
  await db.addColumn('order', 'cardLast4', { type: 'string', length: 4 });
  await db.addColumn('order', 'giftCardCode', { type: 'string', length: 19 });
};

exports.down = async function (db) {
  await db.removeColumn('order', 'giftCardCode');
  await db.removeColumn('order', 'cardLast4');
  await db.dropTable('paymentmethod');
};
