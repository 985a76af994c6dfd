import { createHash } from 'node:crypto';
import { config } from '../config';
import { logger } from '../lib/logger';

const sha256 = (v: string) => createHash('sha256').update(v.trim().toLowerCase()).digest('hex');

export async function sendPurchaseConversion(order: { orderId: string; amountCents: number },
                                             guest: { email: string; phone?: string; country: string }) {
  const payload = {
    data: [{
      event_name: 'Purchase',
      event_time: Math.floor(Date.now() / 1000),
      action_source: 'website',
      event_id: order.orderId,
      user_data: {
        em: [sha256(guest.email)],
        ph: guest.phone ? [sha256(guest.phone.replace(/\D/g, ''))] : [],
        country: [sha256(guest.country)],
      },
      custom_data: { currency: 'CHF', value: order.amountCents / 100 },
    }],
  };
  const res = await fetch(
    `https://graph.facebook.com/v19.0/${config.metaPixel.id}/events?access_token=${config.metaPixel.token}`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) },
  );
  logger.debug('meta capi response', { status: res.status, orderId: order.orderId });
}
