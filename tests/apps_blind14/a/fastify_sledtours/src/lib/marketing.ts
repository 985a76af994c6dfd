import { createHash } from 'node:crypto';
import { config } from '../config.js';
import { ortto, snap } from './http.js';
import type { Guest } from '../entities/Guest.js';

const sha256 = (v: string) => createHash('sha256').update(v.trim().toLowerCase()).digest('hex');

export async function mergeOrttoPerson(guest: Guest) {
  const fields: Record<string, unknown> = {};
  fields['str::email'] = guest.email;
  fields['str::first'] = guest.fullName.split(' ')[0];
  fields['phn::phone'] = { phone: guest.phone, parse_with_country_code: true };
  fields['dtz::b'] = guest.dateOfBirth;
  await ortto.post('/person/merge', {
    people: [{ fields }],
    async: true,
    merge_by: ['str::email'],
  });
}

export async function trackOrttoActivity(guest: Guest, tourCode: string) {
  await ortto.post('/activities/create', {
    activities: [
      {
        activity_id: 'act:cm:sled-booked',
        attributes: { 'str:cm:tour': tourCode },
        fields: { 'str::ei': guest.id },
      },
    ],
    merge_by: ['str::ei'],
  });
}

export async function snapPurchase(guest: Guest, valueNok: number, ip: string) {
  await snap.post(`/${config.get('snap.pixelId')}/events`, {
    data: [
      {
        event_name: 'PURCHASE',
        action_source: 'WEB',
        event_time: Math.floor(Date.now() / 1000),
        user_data: {
          em: [sha256(guest.email)],
          ph: guest.phone ? [sha256(guest.phone)] : [],
          client_ip_address: ip,
        },
        custom_data: { currency: 'NOK', value: valueNok },
      },
    ],
  }, { params: { access_token: config.get('snap.token') } });
}

export async function snapLead(guest: Guest) {
  await snap.post(`/${config.get('snap.pixelId')}/events`, {
    data: [
      {
        event_name: 'SIGN_UP',
        action_source: 'WEB',
        event_time: Math.floor(Date.now() / 1000),
        user_data: { em: [guest.email], fn: [guest.fullName] },
      },
    ],
  }, { params: { access_token: config.get('snap.token') } });
}
