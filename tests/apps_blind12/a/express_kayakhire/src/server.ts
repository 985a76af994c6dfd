import { randomUUID } from 'node:crypto';
import express from 'express';
import { config } from './config.js';
import { requestContext } from './lib/context.js';
import { logger } from './lib/logger.js';
import { renters } from './routes/renters.js';
import { bookings } from './routes/bookings.js';
import { webhooks } from './routes/webhooks.js';

const app = express();
app.use('/webhooks', webhooks);
app.use(express.json());

app.use((req, _res, next) => {
  const session = (req as any).session;
  requestContext.run(
    { requestId: randomUUID(), renterId: session?.renterId, renterEmail: session?.email, ip: req.ip },
    next,
  );
});

app.use((req, _res, next) => {
  logger.http('request', { method: req.method, path: req.path });
  next();
});

app.use('/renters', renters);
app.use('/bookings', bookings);

if (process.env.NODE_ENV !== 'test') app.listen(config.port, () => logger.info(`listening on ${config.port}`));

export { app };
