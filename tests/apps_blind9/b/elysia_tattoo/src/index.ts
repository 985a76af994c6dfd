import { Elysia } from 'elysia';
import { config } from './config';
import { jobs } from './jobs/cron';
import { logger, tagged } from './lib/logger';
import { connect } from './lib/mongo';
import { Sentry } from './lib/sentry';
import { bookingRoutes, syncPing } from './routes/bookings';
import { clientRoutes } from './routes/clients';
import { walkInRoutes } from './routes/walkins';
import { webhookRoutes } from './routes/webhooks';

const log = tagged('http');

await connect();

export const app = new Elysia()
  .onAfterResponse(({ request, set, server }) => {
    const ip = server?.requestIP(request)?.address;
    log.info(`${ip} ${request.method} ${new URL(request.url).pathname} ${set.status ?? 200}`);
  })
  .onError(({ error, request, body, code }) => {
    Sentry.captureException(error, { tags: { route: new URL(request.url).pathname } });
    log.error(`${request.method} ${request.url} failed (${code})`, body);
    return { error: code === 'VALIDATION' ? 'invalid request' : 'internal error' };
  })
  .get('/healthz', async () => ({ ok: true, desk: await syncPing().then(() => 'up', () => 'down') }))
  .use(clientRoutes)
  .use(bookingRoutes)
  .use(walkInRoutes)
  .use(webhookRoutes)
  .use(jobs)
  .listen(config.port);

logger.box(`Black Lantern API listening on :${config.port}`);
