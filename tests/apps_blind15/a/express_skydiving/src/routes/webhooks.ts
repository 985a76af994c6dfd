import { createHmac, timingSafeEqual } from 'node:crypto';
import { Router, raw } from 'express';
import { settings } from '../config.js';
import { logger } from '../logger.js';
import { Booking } from '../models/Booking.js';

export const webhooksRouter = Router();

webhooksRouter.post('/payvane', raw({ type: 'application/json' }), async (req, res) => {
  const signature = String(req.headers['payvane-signature'] ?? '');
  const digest = createHmac('sha256', settings.secrets.payvaneWebhook).update(req.body).digest('hex');
  if (signature.length !== digest.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(digest))) {
    return res.sendStatus(401);
  }
  const event = JSON.parse(req.body.toString('utf8'));
  logger.info({ type: event.type, authorization: event.data?.id }, 'payvane webhook');
  if (event.type === 'authorization.captured') {
    await Booking.updateOne({ _id: event.data.metadata.bookingId }, { status: 'paid' });
  }
  if (event.type === 'authorization.failed') {
    logger.warn({ event }, 'deposit authorisation failed');
  }
  res.sendStatus(204);
});
