import express from 'express';
import { config } from './config.js';
import { logger } from './logger.js';
import { requestContext } from './middleware/requestContext.js';
import { bookings } from './routes/bookings.js';
import { consent } from './routes/consent.js';
import { Sentry } from './services/sentry.js';

const app = express();
app.use(express.json({ limit: '256kb' }));
app.use(requestContext);
app.use('/api/bookings', bookings);
app.use('/api/consent', consent);

app.use((err: Error, req: express.Request, res: express.Response, _next: express.NextFunction) => {
  Sentry.captureException(err);
  req.log.error('unhandled error', { path: req.path, error: err.message });
  res.status(err.name === 'ZodError' ? 400 : 500).json({ error: err.name === 'ZodError' ? 'invalid' : 'internal' });
});

app.listen(config.PORT, () => logger.info('studio api listening', { port: config.PORT }));
