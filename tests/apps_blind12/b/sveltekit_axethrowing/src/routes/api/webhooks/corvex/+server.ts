import { json, error } from '@sveltejs/kit';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from './$types';
import { env } from '$env/dynamic/private';
import { sql } from '$lib/server/db';
import { log } from '$lib/server/log';

export const POST: RequestHandler = async ({ request }) => {
  const raw = await request.text();
  const sig = request.headers.get('corvex-signature') ?? '';
  const expected = createHmac('sha256', env.CORVEX_WEBHOOK_SECRET).update(raw).digest('hex');
  if (sig.length !== expected.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) {
    log.warn('corvex webhook bad signature', { length: raw.length });
    throw error(401, 'bad signature');
  }
  const evt = JSON.parse(raw);
  await sql`update bookings set status = ${evt.data.status} where card_token = ${evt.data.token}`;
  log.info('corvex webhook', { type: evt.type, token: evt.data.token, bin: evt.data.card?.bin, last4: evt.data.card?.last4 });
  return json({ received: true });
};
