'use strict';

const path = require('path');
const pgp = require('pg-promise')({ capSQL: true });
const config = require('../config');

// DATE columns come back as plain strings ('2024-06-01'), not JS Dates shifted to local time
pgp.pg.types.setTypeParser(1082, (value) => value);
// NUMERIC (weights, fees) as floats; amounts are integer cents anyway
pgp.pg.types.setTypeParser(1700, parseFloat);

const db = pgp({
  connectionString: config.databaseUrl,
  max: 15,
  idleTimeoutMillis: 30000,
  application_name: 'daycare-api',
});

function sql(file) {
  const qf = new pgp.QueryFile(path.join(__dirname, '..', 'db', 'sql', file), { minify: true });
  if (qf.error) throw qf.error;
  return qf;
}

const queries = {
  owners: {
    insert: sql('owners/insert.sql'),
    byEmail: sql('owners/by_email.sql'),
  },
  cards: {
    insert: sql('cards/insert.sql'),
    insertEncrypted: sql('cards/insert_encrypted.sql'),
    forNoShowBatch: sql('cards/no_show_batch.sql'),
  },
  stays: {
    insert: sql('stays/insert.sql'),
  },
};

module.exports = { db, pgp, queries };
