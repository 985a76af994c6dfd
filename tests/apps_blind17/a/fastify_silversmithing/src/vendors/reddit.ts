import { createHash } from 'node:crypto';
import { config, secrets } from '../config.js';
import { postJson } from '../http/clients.js';

const sha256 = (v: string) => createHash('sha256').update(v.trim().toLowerCase()).digest('hex');

export async function conversionPurchase(email: string, ip: string, valuePence: number, orderId: string) {
  const url = `${config.vendors.reddit.baseUrl}/conversions/events/${config.vendors.reddit.accountId}`;
  return postJson(url, { authorization: `Bearer ${secrets.redditToken}` }, {
    events: [
      {
        event_at: new Date().toISOString(),
        event_type: { tracking_type: 'Purchase' },
        user: { email: sha256(email), ip_address: sha256(ip) },
        event_metadata: { conversion_id: orderId, currency: 'GBP', value_decimal: valuePence / 100 },
      },
    ],
  });
}

export async function conversionLead(email: string, phone: string) {
  const url = `${config.vendors.reddit.baseUrl}/conversions/events/${config.vendors.reddit.accountId}`;
  return postJson(url, { authorization: `Bearer ${secrets.redditToken}` }, {
    events: [
      {
        event_at: new Date().toISOString(),
        event_type: { tracking_type: 'Lead' },
        user: { email, phone_number: phone },
      },
    ],
  });
}
