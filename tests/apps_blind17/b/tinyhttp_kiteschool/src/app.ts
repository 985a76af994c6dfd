import { randomUUID } from 'node:crypto';
import { App } from '@tinyhttp/app';
import { json } from 'milliparsec';
import { config } from './config.js';
import { requestLogger, rootLog } from './logger.js';
import { studentRoutes } from './routes/students.js';
import { lessonRoutes } from './routes/lessons.js';
import { rentalRoutes } from './routes/rentals.js';

declare module '@tinyhttp/app' {
  interface Request {
    log: ReturnType<typeof requestLogger>;
    requestId: string;
  }
}

export const app = new App({
  onError: (err, req, res) => {
    req.log?.error({ err: err.message, path: req.path }, 'request failed');
    res.status(err.status ?? 500).json({ error: 'internal error', requestId: req.requestId });
  },
  noMatchHandler: (req, res) => res.status(404).json({ error: 'not found' }),
});

app
  .use(json())
  .use((req, res, next) => {
    req.requestId = (req.headers['x-request-id'] as string) ?? randomUUID();
    req.log = requestLogger(req.requestId);
    res.on('finish', () => req.log.info({ method: req.method, path: req.path, status: res.statusCode }, 'done'));
    next();
  })
  .use('/students', studentRoutes)
  .use('/lessons', lessonRoutes)
  .use('/rentals', rentalRoutes);

app.listen(config.port, () => rootLog.info({ port: config.port }, 'kitehaven listening'));
