import { Hono } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import { GuestModel } from '../models/Guest';
import { PassOrderModel } from '../models/PassOrder';
import { RentalDepositModel } from '../models/RentalDeposit';
import { logger, maskPan } from '../lib/logger';

export const admin = new Hono();

admin.use('*', basicAuth({
  verifyUser: (username, password) =>
    username === 'ticket-office' && password === (process.env.TICKET_OFFICE_PASSWORD ?? ''),
}));

admin.get('/guests', async (c) => {
  const email = c.req.query('email');
  if (!email) return c.json({ error: 'email required' }, 400);
  const result = await GuestModel.query('email').eq(email.toLowerCase()).using('byEmail').exec();
  logger.info('ticket office guest lookup', { email, hits: result.count });
  return c.json(result.map((g) => ({ guestId: g.guestId, name: `${g.firstName} ${g.lastName}` })));
});

admin.get('/guests/:id/orders', async (c) => {
  const orders = await PassOrderModel.query('guestId').eq(c.req.param('id')).using('byGuest').exec();
  return c.json(orders.map((o) => ({
    orderId: o.orderId,
    product: o.product,
    validFrom: o.validFrom,
    status: o.status,
    card: o.cardLast4 ? `${o.cardBrand} •••• ${o.cardLast4}` : null,
  })));
});

admin.get('/deposits/open', async (c) => {
  const open = await RentalDepositModel.scan('returnedAt').not().exists().exec();
  const rows = open.map((d) => ({
    depositId: d.depositId,
    holder: d.holderName,
    card: maskPan(d.cardNumber),
    items: d.equipment.join(', '),
  }));
  logger.info('open deposits listed', { count: rows.length });
  return c.json(rows);
});

admin.post('/guests/:id/keycard', async (c) => {
  const { keycardId } = await c.req.json<{ keycardId: string }>();
  if (!/^01-\d{4}-\d{4}-\d{4}-\d{4}$/.test(keycardId)) return c.json({ error: 'bad keycard' }, 422);
  await GuestModel.update({ guestId: c.req.param('id') }, { keycardId });
  logger.info('keycard assigned', { guestId: c.req.param('id'), keycardId });
  return c.json({ ok: true });
});
