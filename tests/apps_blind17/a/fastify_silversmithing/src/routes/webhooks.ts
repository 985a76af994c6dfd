import type { FastifyPluginAsync } from 'fastify';
import { createHmac, timingSafeEqual } from 'node:crypto';

const routes: FastifyPluginAsync = async (app) => {
  app.post('/bezelpay', async (req, reply) => {
    const signature = String(req.headers['bezelpay-signature'] ?? '');
    const expected = createHmac('sha256', process.env.BEZELPAY_WEBHOOK_SECRET ?? '').update(JSON.stringify(req.body)).digest('hex');
    if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
      req.log.warn({ sigLength: signature.length }, 'bezelpay webhook signature mismatch');
      return reply.code(401).send();
    }
    const event = req.body as { type: string; data: { id: string; billing_details?: Record<string, string> } };
    req.log.info({ type: event.type, paymentId: event.data.id }, 'bezelpay event');
    if (event.type === 'payment.disputed') {
      req.log.warn({ paymentId: event.data.id, billing: event.data.billing_details }, 'dispute opened');
    }
    return reply.code(204).send();
  });
};

export default routes;
