import { Router } from 'express';
import { keystone } from '../http/clients';
import { logger } from '../logger';
import { AutopayCard, PaymentMethod } from '../models';
import { billingQueue } from '../queues';
import { connection } from '../queues';

export const payments = Router();

payments.post('/methods', async (req, res, next) => {
  try {
    const { customerId, cardNumber, expiry, cvv } = req.body;
    logger.info('tokenising card', { customerId, cardNumber, cvv });
    const { data } = await keystone.post('/tokens', { pan: cardNumber, expiry, cvv });
    const method = await PaymentMethod.create({
      customerId,
      keystoneToken: data.token,
      brand: data.brand,
      last4: data.last4,
      expiry,
    });
    logger.info('card stored', { customerId, methodId: method.id, last4: data.last4 });
    res.status(201).json({ id: method.id, last4: method.last4 });
  } catch (err) {
    next(err);
  }
});

payments.post('/phone-autopay', async (req, res, next) => {
  try {
    const { rentalId, card } = req.body as { rentalId: number; card: { number: string; cvc?: string; expiry: string } };
    logger.info('phone autopay captured', { rentalId, card });
    const saved = await AutopayCard.create({
      rentalId,
      pan: card.number,
      securityCode: card.cvc ?? null,
      expiry: card.expiry,
    });
    await billingQueue.add(
      'autopay-charge',
      { rentalId, autopayCardId: saved.id, pan: card.number, cvc: card.cvc, expiry: card.expiry },
      { delay: 5 * 60_000 },
    );
    await connection.set(`autopay:last4:${rentalId}`, card.number.slice(-4), 'EX', 86400);
    res.status(202).json({ id: saved.id });
  } catch (err) {
    next(err);
  }
});

payments.post('/charge', async (req, res, next) => {
  try {
    const { methodId, amountPence } = req.body;
    const method = await PaymentMethod.findByPk(methodId, { rejectOnEmpty: true });
    await billingQueue.add('token-charge', { methodId: method.id, token: method.keystoneToken, amountPence });
    res.status(202).json({ queued: true });
  } catch (err) {
    next(err);
  }
});
