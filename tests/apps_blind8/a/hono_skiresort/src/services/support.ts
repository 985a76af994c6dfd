import { config } from '../config';
import { logger } from '../lib/logger';
import type { Guest } from '../models/Guest';

const base = () => `https://${config.freshdesk.domain}.freshdesk.com/api/v2`;
const auth = () => 'Basic ' + Buffer.from(`${config.freshdesk.apiKey()}:X`).toString('base64');

export async function openLostPassTicket(guest: Guest, description: string) {
  const res = await fetch(`${base()}/tickets`, {
    method: 'POST',
    headers: { authorization: auth(), 'content-type': 'application/json' },
    body: JSON.stringify({
      email: guest.email,
      name: `${guest.firstName} ${guest.lastName}`,
      phone: guest.phone,
      subject: 'Lost ski pass',
      description,
      custom_fields: { cf_birth_date: guest.birthDate, cf_keycard: guest.keycardId },
      priority: 2,
      status: 2,
    }),
  });
  if (!res.ok) logger.error('freshdesk ticket failed', { status: res.status, guestId: guest.guestId });
  return res.ok;
}
