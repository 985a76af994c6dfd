import { app } from './app';
import { config } from './config';
import { logger } from './logger';
import { metricsSidecar } from './http/clients';

app.listen(config.port, () => {
  logger.info('storage-api listening', { port: config.port });
  metricsSidecar.post('/ready', { service: 'storage-api' }).catch(() => undefined);
});
