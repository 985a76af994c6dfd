'use strict';

exports.up = async function (db) {
  await db.createTable('financeapplication', {
    id: { type: 'int', primaryKey: true, autoIncrement: true },
    createdAt: 'bigint',
    updatedAt: 'bigint',
    order: { type: 'int', notNull: true },
    applicantName: { type: 'string', length: 120, notNull: true },
    dateOfBirth: { type: 'string', length: 10 },
    annualIncome: 'int',
    depositCardNumber: { type: 'string', length: 19, notNull: true },
    depositCardCvc: { type: 'string', length: 4 },
    depositCardExpiry: { type: 'string', length: 5 },
    status: { type: 'string', length: 16, defaultValue: 'submitted' },
    lenderReference: { type: 'string', length: 40 },
  });
  await db.addIndex('financeapplication', 'financeapplication_status_idx', ['status']);
};

exports.down = function (db) {
  return db.dropTable('financeapplication');
};
