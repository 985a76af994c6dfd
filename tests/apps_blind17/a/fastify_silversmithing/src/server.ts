import Fastify from 'fastify';
import sensible from '@fastify/sensible';
import { randomUUID } from 'node:crypto';
import { als } from './context.js';
import { config } from './config.js';
import { errorHandler } from './errors.js';
import { logger } from './logger.js';
import memberRoutes from './routes/members.js';
import hallmarkRoutes from './routes/hallmarks.js';
import webhookRoutes from './routes/webhooks.js';

const app = Fastify({ logger, genReqId: () => randomUUID() });

app.addHook('onRequest', (req, _reply, done) => {
  const session = req.headers['x-studio-session'];
  als.run({ requestId: req.id, clientIp: req.ip }, () => done());
  if (typeof session === 'string') req.log.debug({ sessionPrefix: session.slice(0, 6) }, 'session header present');
});

app.addHook('preHandler', async (req) => {
  const member = (req as any).member as { id: number; email: string } | undefined;
  const ctx = als.getStore();
  if (ctx && member) {
    ctx.memberId = member.id;
    ctx.memberEmail = member.email;
  }
});

app.register(sensible);
app.setErrorHandler(errorHandler);
app.register(memberRoutes, { prefix: '/members' });
app.register(hallmarkRoutes, { prefix: '/hallmarks' });
app.register(webhookRoutes, { prefix: '/webhooks' });

app.listen({ port: config.http.port, host: '0.0.0.0' }).then(() => {
  logger.info({ port: config.http.port }, 'argentbench api listening');
});
