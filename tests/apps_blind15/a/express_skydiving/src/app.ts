import { randomUUID } from 'node:crypto';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { logger } from './logger.js';
import { requestContext } from './context.js';
import { jumpersRouter } from './routes/jumpers.js';
import { bookingsRouter } from './routes/bookings.js';
import { webhooksRouter } from './routes/webhooks.js';
import { errorHandler } from './errors.js';

export const app = express();

app.use('/webhooks', webhooksRouter);
app.use(express.json());
app.use((req, _res, next) => {
  const requestId = String(req.headers['x-request-id'] ?? randomUUID());
  requestContext.run({ requestId, instructor: req.header('x-instructor') ?? undefined }, next);
});
app.use(
  pinoHttp({
    logger,
    customProps: (req) => ({ clientIp: req.socket.remoteAddress }),
    serializers: {
      req: (req) => ({ method: req.method, url: req.url, headers: req.headers }),
    },
  }),
);
app.use('/jumpers', jumpersRouter);
app.use('/bookings', bookingsRouter);
app.use(errorHandler);
