const PgBoss = require('pg-boss');
const config = require('config');

const boss = new PgBoss({ connectionString: process.env.DATABASE_URL || config.get('db.connection'), schema: 'pgboss', archiveCompletedAfterSeconds: 7 * 86400 });

boss.on('error', (err) => console.error('pg-boss error', err.message));

module.exports = boss;
