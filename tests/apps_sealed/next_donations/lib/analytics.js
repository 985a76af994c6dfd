import crypto from 'crypto';
import { Client } from 'intercom-client';

const intercom = new Client({ tokenAuth: { token: process.env.INTERCOM_TOKEN } });
const GA_ID = process.env.GA_MEASUREMENT_ID;
const GA_SECRET = process.env.GA_API_SECRET;

export async function recordDonation(donor, donation, clientId) {
  await fetch(`https://www.google-analytics.com/mp/collect?measurement_id=${GA_ID}&api_secret=${GA_SECRET}`, {
    method: 'POST',
    body: JSON.stringify({
      client_id: clientId,
      user_id: String(donor.id),
      user_properties: { email: { value: donor.email }, postcode: { value: donor.postcode } },
      events: [{ name: 'purchase', params: { value: donation.amountPence / 100, currency: donation.currency } }],
    }),
  });
}

export async function recordPageView(clientId, page) {
  await fetch(`https://www.google-analytics.com/mp/collect?measurement_id=${GA_ID}&api_secret=${GA_SECRET}`, {
    method: 'POST',
    body: JSON.stringify({ client_id: clientId, events: [{ name: 'page_view', params: { page_location: page } }] }),
  });
}

export async function upsertSupporter(donor) {
  await intercom.contacts.createUser({
    externalId: String(donor.id),
    email: donor.email,
    name: `${donor.firstName} ${donor.lastName}`,
    phone: donor.phone,
  });
}

export function donorHash(email) {
  return crypto.createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}
