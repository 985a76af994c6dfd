import { Hono } from 'hono';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { PassOrderModel } from '../models/PassOrder';
import { logger } from '../lib/logger';

export const webhooks = new Hono();

webhooks.post('/alpinepay', async (c) => {
  const raw = await c.req.text();
  const sig = c.req.header('x-alpinepay-signature') ?? '';
  const mac = createHmac('sha256', process.env.GATEWAY_WEBHOOK_SECRET ?? '').update(raw).digest('hex');
  if (sig.length !== mac.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(mac))) {
    logger.warn('invalid webhook signature', { ip: c.req.header('x-forwarded-for') });
    return c.text('bad signature', 400);
  }
  const event = JSON.parse(raw);
  logger.info('alpinepay webhook', { type: event.type, id: event.id });

  if (event.type === 'charge.refunded') {
    await PassOrderModel.update({ orderId: event.data.reference }, { status: 'REFUNDED' });
  } else if (event.type === 'charge.dispute.created') {
    logger.warn('chargeback received', { event });
  }
  return c.json({ received: true });
});
