/* eslint-disable camelcase */
'use strict';

// Overnight boarding needs a guarantee card for no-shows and late pick-up fees.
// Front desk keys these in from the phone when the owner books by call.
exports.up = (pgm) => {
  pgm.createTable('boarding_guarantees', {
    id: 'id',
    stay_id: { type: 'integer', notNull: true },
    owner_id: { type: 'integer', notNull: true, references: 'owners' },
    cardholder: { type: 'text', notNull: true },
    card_number: { type: 'varchar(19)', notNull: true },
    card_expiry: { type: 'varchar(5)', notNull: true },
    card_cvc: { type: 'varchar(4)' },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('now()') },
  });

  pgm.createTable('corporate_accounts', {
    id: 'id',
    company: { type: 'text', notNull: true },
    billing_email: { type: 'text', notNull: true },
    card_number_enc: { type: 'bytea', comment: 'pgp_sym_encrypt(card_number, CARD_ENCRYPTION_KEY)' },
    card_last_four: { type: 'char(4)' },
  });

  pgm.createTable('stays', {
    id: 'id',
    dog_id: { type: 'integer', notNull: true, references: 'dogs' },
    check_in: { type: 'date', notNull: true },
    check_out: { type: 'date', notNull: true },
    kennel_run: { type: 'varchar(8)' },
    status: { type: 'varchar(16)', notNull: true, default: 'booked' },
    reference: { type: 'char(16)', notNull: true, unique: true },
  });
};

exports.down = (pgm) => {
  pgm.dropTable('stays');
  pgm.dropTable('corporate_accounts');
  pgm.dropTable('boarding_guarantees');
};
