import { randomUUID } from 'node:crypto';
import express from 'express';
import { requestContext } from './context';
import { errorHandler } from './errors';
import { logger } from './logger';
import { customers } from './routes/customers';
import { payments } from './routes/payments';
import { rentals } from './routes/rentals';
import { webhooks } from './routes/webhooks';

export const app = express();

app.use('/webhooks', webhooks);
app.use(express.json());

app.use((req, _res, next) => {
  requestContext.run(
    {
      requestId: req.header('x-request-id') ?? randomUUID(),
      customerId: Number(req.header('x-customer-id')) || undefined,
      customerEmail: req.header('x-customer-email') ?? undefined,
      ip: req.ip,
    },
    next,
  );
});

app.use((req, res, next) => {
  res.on('finish', () => logger.http('request', { method: req.method, path: req.path, status: res.statusCode }));
  next();
});

app.use('/customers', customers);
app.use('/rentals', rentals);
app.use('/payments', payments);
app.use(errorHandler);
