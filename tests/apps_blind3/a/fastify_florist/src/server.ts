import Fastify from 'fastify';
import { checkoutRoutes } from './routes/checkout.js';
import { customerRoutes } from './routes/customers.js';

const app = Fastify({
  logger: {
    level: process.env.LOG_LEVEL ?? 'info',
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  },
  genReqId: (req) => (req.headers['x-request-id'] as string) ?? crypto.randomUUID(),
});

app.register(customerRoutes, { prefix: '/customers' });
app.register(checkoutRoutes, { prefix: '/checkout' });

app.addHook('onResponse', async (request, reply) => {
  request.log.info({ reqId: request.id, route: request.routeOptions.url, statusCode: reply.statusCode }, 'served');
});

app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' }).catch((err) => {
  app.log.error(err);
  process.exit(1);
});
