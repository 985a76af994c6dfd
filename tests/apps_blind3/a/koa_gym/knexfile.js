'use strict';

module.exports = {
  client: 'pg',
  connection: process.env.DATABASE_URL || 'postgres://gym:gym@localhost:5432/gym',
  migrations: { directory: './migrations', tableName: 'knex_migrations' },
  seeds: { directory: './seeds' },
};
