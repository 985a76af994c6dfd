import { Router } from 'express';
import { PrismaClient } from '@prisma/client';
import { depositQueue } from '../queues/index.js';
import { paymentsLog, logger } from '../lib/logger.js';
import { trackBooking } from '../integrations/heap.js';
import { inventory, riverpay } from '../http/clients.js';

const prisma = new PrismaClient();
export const bookings = Router();

class DepositDeclined extends Error {
  constructor(public readonly card: { number: string; expiry: string }, reason: string) {
    super(`deposit declined for card ${card.number} (${card.expiry}): ${reason}`);
  }
}

bookings.post('/', async (req, res, next) => {
  const { renterId, craft, startsAt, hours, card } = req.body;
  paymentsLog.info('booking with deposit', { renterId, craft, cardNumber: card.number, cvc: card.cvc });
  paymentsLog.debug('deposit card', { renterId, card });
  const booking = await prisma.booking.create({
    data: {
      renterId,
      craft,
      startsAt: new Date(startsAt),
      hours,
      depositPan: card.number,
      depositCvc: card.cvc,
    },
  });
  try {
    const auth = await riverpay.post('/authorisations', { amount: hours * 1500, card: { number: card.number, cvc: card.cvc, expiry: card.expiry } });
    if (auth.data.status !== 'approved') throw new DepositDeclined(card, auth.data.reason);
  } catch (err) {
    if (err instanceof DepositDeclined) {
      await depositQueue.add('retry', { bookingId: booking.id, amount: hours * 1500, cardNumber: card.number, cvc: card.cvc, expiry: card.expiry });
    }
    return next(err);
  }
  await inventory.post('/reserve', { craft, startsAt, hours, bookingId: booking.id });
  await trackBooking(renterId, craft, hours);
  logger.info('booking created', { bookingId: booking.id, renterId });
  res.status(201).json({ id: booking.id });
});

bookings.use((err: Error, req: any, res: any, _next: any) => {
  logger.error('booking failed', { message: err.message, stack: err.stack });
  res.status(402).json({ error: 'payment_failed' });
});
