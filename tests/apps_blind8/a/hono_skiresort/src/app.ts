import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { logger as honoLogger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import { passes } from './routes/passes';
import { rentals } from './routes/rentals';
import { webhooks } from './routes/webhooks';
import { admin } from './routes/admin';
import { profile } from './routes/profile';
import { logger } from './lib/logger';

export const app = new Hono();

app.use('*', secureHeaders());
app.use('*', honoLogger((msg) => logger.debug(msg)));

app.route('/api', passes);
app.route('/api/rentals', rentals);
app.route('/webhooks', webhooks);
app.route('/admin', admin);
app.route('/api', profile);

app.onError((err, c) => {
  logger.error('unhandled error', { path: c.req.path, error: err });
  return c.json({ error: 'internal' }, 500);
});

export const handler = handle(app);
