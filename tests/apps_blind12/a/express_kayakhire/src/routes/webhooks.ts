import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { Router } from 'express';
import { PrismaClient } from '@prisma/client';
import { logger } from '../lib/logger.js';

const prisma = new PrismaClient();
export const webhooks = Router();

webhooks.post('/riverpay', express.raw({ type: 'application/json' }), async (req, res) => {
  const sig = Buffer.from(req.header('x-riverpay-signature') ?? '', 'hex');
  const mac = createHmac('sha256', process.env.RIVERPAY_WEBHOOK_SECRET ?? '').update(req.body).digest();
  if (sig.length !== mac.length || !timingSafeEqual(sig, mac)) return res.sendStatus(401);
  const event = JSON.parse(req.body.toString('utf8'));
  logger.info('riverpay event', { type: event.type, id: event.id });
  if (event.type === 'card.expiring') {
    const c = event.data;
    await prisma.cardOnFile.updateMany({ where: { token: c.token }, data: { expMonth: c.exp_month, expYear: c.exp_year } });
    logger.info('card expiring', { token: c.token, last4: c.last4 });
  }
  if (event.type === 'chargeback.created') {
    logger.warn('chargeback', { payer: event.data.payer });
  }
  res.sendStatus(200);
});
