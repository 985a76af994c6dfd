import Hapi from '@hapi/hapi';
import mongoose from 'mongoose';
import { memberRoutes } from './routes/members';
import { billingRoutes } from './routes/billing';
import { logger } from './lib/logger';

export async function start() {
  await mongoose.connect(process.env.MONGO_URL ?? 'mongodb://localhost:27017/climbgym');
  const server = Hapi.server({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
  server.route([...memberRoutes, ...billingRoutes]);

  server.events.on('response', (request) => {
    logger.info(
      { method: request.method, path: request.path, status: (request.response as any)?.statusCode, ip: request.info.remoteAddress },
      'request completed',
    );
  });

  await server.start();
  logger.info({ uri: server.info.uri }, 'climbgym api listening');
  return server;
}

if (require.main === module) {
  start().catch((err) => {
    logger.fatal({ err }, 'startup failed');
    process.exit(1);
  });
}
