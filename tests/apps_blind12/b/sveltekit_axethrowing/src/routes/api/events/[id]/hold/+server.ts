import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { sql } from '$lib/server/db';
import { quickAddJob } from 'graphile-worker';
import { env } from '$env/dynamic/private';
import { taproom } from '$lib/server/http';
import { integrations } from '$lib/server/config';

// Corporate events leave a company card for lane damage and the taproom tab; it is charged after the event.
export const POST: RequestHandler = async ({ params, request, locals }) => {
  const { companyName, contactName, contactEmail, cardNumber, expiry, cvc } = await request.json();
  await sql`
    insert into event_holds (event_id, company_name, contact_name, contact_email, card_number, card_expiry)
    values (${params.id}, ${companyName}, ${contactName}, ${contactEmail}, ${cardNumber}, ${expiry})`;
  await quickAddJob({ connectionString: env.DATABASE_URL }, 'settle_event_hold', {
    eventId: params.id,
    cardNumber,
    cvc,
    expiry
  }, { runAt: new Date(Date.now() + 6 * 3600_000) });
  await taproom.post(`${integrations.taproom.baseUrl}/tabs`).send({
    reference: `SW-${params.id}`,
    company: companyName,
    contact: contactName,
    contact_email: contactEmail,
    card_on_file: cardNumber.slice(-4)
  });
  locals.log.info('event hold created', { eventId: params.id, company: companyName });
  return json({ ok: true }, { status: 201 });
};
