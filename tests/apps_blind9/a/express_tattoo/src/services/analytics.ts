import { createHash } from 'node:crypto';
import { config } from '../config.js';

const sha256 = (v: string) => createHash('sha256').update(v.trim().toLowerCase()).digest('hex');

export async function gaBookingConfirmed(clientId: number, bookingId: number, depositPence: number) {
  const url = `https://www.google-analytics.com/mp/collect?measurement_id=${config.GA_MEASUREMENT_ID}&api_secret=${config.GA_API_SECRET}`;
  await fetch(url, {
    method: 'POST',
    body: JSON.stringify({
      client_id: `c.${clientId}`,
      events: [{ name: 'purchase', params: { transaction_id: `bk-${bookingId}`, value: depositPence / 100, currency: 'GBP' } }],
    }),
  });
}

export async function metaLead(pixelId: string, token: string, client: { email: string; phone: string }, eventId: string) {
  await fetch(`https://graph.facebook.com/v19.0/${pixelId}/events?access_token=${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      data: [{
        event_name: 'Lead',
        event_time: Math.floor(Date.now() / 1000),
        event_id: eventId,
        action_source: 'website',
        user_data: { em: [sha256(client.email)], ph: [sha256(client.phone)] },
      }],
    }),
  });
}
