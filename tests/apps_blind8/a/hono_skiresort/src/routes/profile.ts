import { Hono } from 'hono';
import { GuestModel } from '../models/Guest';
import { logger } from '../lib/logger';

export const profile = new Hono();

profile.patch('/guests/:id', async (c) => {
  const id = c.req.param('id');
  const patch = await c.req.json<{ phone?: string; country?: string; paymentMethodId?: string; cardLast4?: string }>();
  await GuestModel.update({ guestId: id }, patch);
  logger.info('guest profile updated', { guestId: id, fields: Object.keys(patch) });
  return c.json({ ok: true });
});
