import { Umzug } from 'umzug';
import { pool } from './db.js';
import { rootLog } from './logger.js';

export const migrator = new Umzug({
  migrations: { glob: 'dist/migrations/*.js' },
  context: pool,
  logger: {
    info: (m) => rootLog.info(m),
    warn: (m) => rootLog.warn(m),
    error: (m) => rootLog.error(m),
    debug: (m) => rootLog.debug(m),
  },
});

export type Migration = typeof migrator._types.migration;

await migrator.runAsCLI();
await pool.end();
