import { serve } from '@hono/node-server';
import { initDynamo } from './lib/dynamo';
import { app } from './app';
import { logger } from './lib/logger';

initDynamo();

const port = Number(process.env.PORT ?? 8787);
serve({ fetch: app.fetch, port }, (info) => {
  logger.info('local api listening', { port: info.port });
});

process.on('unhandledRejection', (reason) => {
  logger.error('unhandled rejection', { reason: String(reason) });
});
