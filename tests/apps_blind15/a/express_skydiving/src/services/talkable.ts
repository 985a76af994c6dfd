import { createHash } from 'node:crypto';
import { talkableClient } from '../http/clients.js';
import { settings } from '../config.js';
import { logger } from '../logger.js';
import type { JumperDoc } from '../models/Jumper.js';

export async function registerPurchase(jumper: JumperDoc, bookingId: string, subtotal: number, ip: string) {
  const data: Record<string, unknown> = {
    email: jumper.email,
    order_number: bookingId,
    subtotal: subtotal / 100,
    ip_address: ip,
  };
  data.first_name = jumper.fullName.split(' ')[0];
  if (jumper.referralCode) data.coupon_code = jumper.referralCode;
  await talkableClient.post('/origins', { site_slug: settings.talkable.siteSlug, type: 'Purchase', data });
  logger.info({ bookingId }, 'talkable purchase registered');
}

export async function registerAffiliateMember(jumperId: string) {
  const uuid = createHash('sha256').update(`jumper:${jumperId}`).digest('hex');
  await talkableClient.post('/origins', {
    site_slug: settings.talkable.siteSlug,
    type: 'AffiliateMember',
    data: { uuid, campaign_tags: ['fun-jumpers'] },
  });
}
