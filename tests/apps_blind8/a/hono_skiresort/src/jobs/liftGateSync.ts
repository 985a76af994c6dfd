import type { ScheduledHandler } from 'aws-lambda';
import { PassOrderModel } from '../models/PassOrder';
import { GuestModel } from '../models/Guest';
import { config } from '../config';
import { logger } from '../lib/logger';

/** Pushes today's valid passes to the turnstile controllers (photo check at the gate). */
export const liftGateSync: ScheduledHandler = async () => {
  const today = new Date().toISOString().slice(0, 10);
  const orders = await PassOrderModel.scan('status').eq('PAID').and().where('validFrom').le(today).exec();

  const entries = [];
  for (const order of orders) {
    const guest = await GuestModel.get(order.guestId);
    if (!guest?.keycardId) continue;
    entries.push({
      keycard: guest.keycardId,
      name: `${guest.firstName} ${guest.lastName}`,
      birthDate: guest.birthDate,
      photo: guest.photoKey,
      validUntil: addDays(order.validFrom, order.days),
    });
  }

  const res = await fetch(`${config.liftGate.url}/whitelist`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ resort: 'ALPENGLOW', entries }),
  });
  logger.info('lift gate whitelist pushed', { entries: entries.length, status: res.status });

  const health = await fetch(`${config.liftGate.url}/health`);
  if (!health.ok) logger.warn('lift gate controller unhealthy', { status: health.status });
};

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
