import Fastify from 'fastify';
import sensible from '@fastify/sensible';
import { config } from './config.js';
import { AppDataSource } from './data-source.js';
import { logger } from './logger.js';
import bookingRoutes from './routes/bookings.js';
import healthRoutes from './routes/health.js';

const app = Fastify({ logger, genReqId: () => crypto.randomUUID() });
await app.register(sensible);
await app.register(bookingRoutes, { prefix: '/api' });
await app.register(healthRoutes);

app.setErrorHandler((error, request, reply) => {
  request.log.error({ err: error, url: request.url }, 'unhandled error');
  reply.code(error.statusCode ?? 500).send({ error: 'internal' });
});

await AppDataSource.initialize();
await app.listen({ port: config.get('port'), host: '0.0.0.0' });
