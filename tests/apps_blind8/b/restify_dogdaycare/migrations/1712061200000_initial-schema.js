/* eslint-disable camelcase */
'use strict';

exports.shorthands = {
  id: 'id',
  created_at: { type: 'timestamptz', notNull: true, default: { type: 'sql', value: 'now()' } },
};

exports.up = (pgm) => {
  pgm.createExtension('pgcrypto', { ifNotExists: true });

  pgm.createTable('owners', {
    id: 'id',
    full_name: { type: 'text', notNull: true },
    email: { type: 'citext', notNull: true, unique: true },
    phone: { type: 'varchar(32)' },
    street_address: { type: 'text' },
    postcode: { type: 'varchar(12)' },
    password_hash: { type: 'text', notNull: true },
    created_at: 'created_at',
  });

  pgm.createTable('dogs', {
    id: 'id',
    owner_id: { type: 'integer', notNull: true, references: 'owners', onDelete: 'CASCADE' },
    name: { type: 'text', notNull: true },
    breed: { type: 'text' },
    weight_kg: { type: 'numeric(5,2)' },
    feeding_pan_size: { type: 'varchar(8)', comment: 'S/M/L stainless pan used at meal times' },
    rabies_expires_on: { type: 'date' },
    created_at: 'created_at',
  });

  pgm.createTable('owner_cards', {
    id: 'id',
    owner_id: { type: 'integer', notNull: true, references: 'owners', onDelete: 'CASCADE' },
    gateway_token: { type: 'varchar(64)', notNull: true },
    brand: { type: 'varchar(16)' },
    last_four: { type: 'char(4)', notNull: true },
    exp_month: { type: 'smallint', notNull: true },
    exp_year: { type: 'smallint', notNull: true },
    created_at: 'created_at',
  });
};

exports.down = (pgm) => {
  pgm.dropTable('owner_cards');
  pgm.dropTable('dogs');
  pgm.dropTable('owners');
};
