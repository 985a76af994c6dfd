import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { GuestModel } from '../models/Guest';
import { PassOrderModel } from '../models/PassOrder';
import { gateway, GatewayError } from '../services/gateway';
import { sendPurchaseConversion } from '../services/adsConversions';
import { openLostPassTicket } from '../services/support';
import { logger } from '../lib/logger';
import Bugsnag from '../lib/bugsnag';

const guestSchema = z.object({
  email: z.string().email(),
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  phone: z.string().optional(),
  country: z.string().length(2),
});

const orderSchema = z.object({
  guestId: z.string().uuid(),
  product: z.enum(['DAY', 'MULTI', 'SEASON']),
  validFrom: z.string(),
  days: z.number().int().min(1).max(14),
  paymentMethodId: z.string().startsWith('pm_'),
});

export const passes = new Hono();

passes.post('/guests', zValidator('json', guestSchema), async (c) => {
  const input = c.req.valid('json');
  const guest = await GuestModel.create({ guestId: randomUUID(), ...input });
  logger.info('guest created', { guest });
  return c.json({ guestId: guest.guestId }, 201);
});

passes.post('/orders', zValidator('json', orderSchema), async (c) => {
  const input = c.req.valid('json');
  const guest = await GuestModel.get(input.guestId);
  if (!guest) return c.json({ error: 'unknown guest' }, 404);

  const amountCents = priceFor(input.product, input.days, guest.birthDate);
  const order = await PassOrderModel.create({ orderId: randomUUID(), ...input, amountCents });
  logger.appendKeys({ orderId: order.orderId, guestId: guest.guestId });

  try {
    const charge = await gateway.chargePaymentMethod(input.paymentMethodId, amountCents, order.orderId);
    await PassOrderModel.update({ orderId: order.orderId },
      { status: 'PAID', chargeId: charge.id, cardBrand: charge.brand, cardLast4: charge.last4 });
    logger.info('pass paid', { brand: charge.brand, last4: charge.last4, amountCents });
    await sendPurchaseConversion({ orderId: order.orderId, amountCents }, guest);
  } catch (err) {
    if (err instanceof GatewayError) {
      logger.warn('pass payment declined', { code: err.code });
      return c.json({ error: 'declined' }, 402);
    }
    Bugsnag.notify(err as Error, (event) => {
      event.setUser(guest.guestId, guest.email, `${guest.firstName} ${guest.lastName}`);
      event.addMetadata('order', { orderId: order.orderId, product: input.product });
    });
    throw err;
  } finally {
    logger.removeKeys(['orderId', 'guestId']);
  }
  return c.json({ orderId: order.orderId }, 201);
});

passes.post('/guests/:id/lost-pass', async (c) => {
  const guest = await GuestModel.get(c.req.param('id'));
  if (!guest) return c.json({ error: 'unknown guest' }, 404);
  logger.info(`lost pass reported by ${guest.firstName} ${guest.lastName} <${guest.email}>`);
  await openLostPassTicket(guest, (await c.req.json()).description ?? '');
  return c.json({ ok: true });
});

function priceFor(product: string, days: number, birthDate: string): number {
  const age = new Date().getFullYear() - Number(birthDate.slice(0, 4));
  const base = product === 'SEASON' ? 89_000 : product === 'MULTI' ? 6_800 * days : 7_400;
  return age < 16 ? Math.round(base * 0.5) : age >= 65 ? Math.round(base * 0.85) : base;
}
