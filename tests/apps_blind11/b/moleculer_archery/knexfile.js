const config = require('config');

module.exports = {
  client: 'pg',
  connection: process.env.DATABASE_URL || config.get('db.connection'),
  migrations: { directory: './migrations', tableName: 'knex_migrations' },
  pool: { min: 1, max: 8 },
};
