import { Client } from '@hubspot/api-client';
import { createHash } from 'node:crypto';

const hubspot = new Client({ accessToken: process.env.HUBSPOT_TOKEN });

export async function upsertContact(customer: { id: string; email: string; fullName: string; phone?: string | null }) {
  const [firstname, ...rest] = customer.fullName.split(' ');
  return hubspot.crm.contacts.basicApi.create({
    properties: {
      email: customer.email,
      firstname,
      lastname: rest.join(' '),
      phone: customer.phone ?? '',
      florist_customer_id: customer.id,
    },
    associations: [],
  });
}

export async function logOrderEvent(customerId: string, recipientEmail: string, totalCents: number) {
  const recipientKey = createHash('sha256').update(recipientEmail.toLowerCase()).digest('hex');
  await hubspot.events.send.basicApi.send({
    eventName: 'pe_florist_order_placed',
    objectId: customerId,
    properties: { total_cents: String(totalCents), recipient_key: recipientKey },
  });
}
