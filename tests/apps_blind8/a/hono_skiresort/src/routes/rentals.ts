import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { RentalDepositModel } from '../models/RentalDeposit';
import { pushDepositToShop } from '../services/rentalShop';
import { logger, maskPan } from '../lib/logger';

export const rentals = new Hono();

type DepositBody = {
  guestId: string;
  equipment: string[];
  card: { number: string; expiry: string; cvc: string; holder: string };
};

rentals.post('/deposits', async (c) => {
  const body = await c.req.json<DepositBody>();
  logger.debug('deposit request', { body });

  const deposit = await RentalDepositModel.create({
    depositId: randomUUID(),
    guestId: body.guestId,
    equipment: body.equipment,
    cardNumber: body.card.number.replace(/\s/g, ''),
    cardExpiry: body.card.expiry,
    cardCvc: body.card.cvc,
    holderName: body.card.holder,
    ttl: Math.floor(Date.now() / 1000) + 60 * 60 * 24 * 21,
  });
  logger.info('deposit taken', { depositId: deposit.depositId, card: maskPan(deposit.cardNumber) });

  await pushDepositToShop(deposit);
  return c.json({ depositId: deposit.depositId }, 201);
});

rentals.post('/deposits/:id/return', async (c) => {
  const id = c.req.param('id');
  await RentalDepositModel.update({ depositId: id }, { returnedAt: new Date().toISOString() },
    { remove: ['cardCvc'] } as any);
  logger.info('equipment returned', { depositId: id });
  return c.json({ ok: true });
});
