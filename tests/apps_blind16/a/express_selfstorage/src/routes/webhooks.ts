import crypto from 'node:crypto';
import { Router, raw } from 'express';
import { config } from '../config';
import { logger } from '../logger';
import { PaymentMethod } from '../models';

export const webhooks = Router();

webhooks.post('/keystone', raw({ type: 'application/json' }), async (req, res) => {
  const expected = crypto.createHmac('sha256', config.keystone.apiKey).update(req.body).digest('hex');
  if (req.header('keystone-signature') !== expected) {
    res.status(400).end();
    return;
  }
  const event = JSON.parse(req.body.toString('utf8'));
  logger.info('keystone event', { type: event.type, id: event.id });
  if (event.type === 'payment_method.updated') {
    await PaymentMethod.update(
      { last4: event.data.last4, expiry: event.data.expiry },
      { where: { keystoneToken: event.data.token } },
    );
  }
  if (event.type === 'charge.failed') {
    logger.warn('charge failed', { event });
  }
  res.json({ ok: true });
});
