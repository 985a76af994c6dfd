import { json } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { hash } from '@node-rs/argon2';
import { sql } from '$lib/server/db';
import { WaiverError, type Thrower } from '$lib/server/types';
import { countlyUserDetails } from '$lib/server/vendors/countly';
import { reportLeadConversion } from '$lib/server/vendors/xconversions';

const SignUp = z.object({
  fullName: z.string().min(2),
  email: z.string().email(),
  phone: z.string().optional(),
  dateOfBirth: z.string(),
  password: z.string().min(10),
  marketing: z.boolean().default(false)
});

export const POST: RequestHandler = async ({ request, locals }) => {
  const body = await request.json();
  locals.log.debug('signup body', body);
  const input = SignUp.parse(body);
  const age = (Date.now() - Date.parse(input.dateOfBirth)) / 31_557_600_000;
  if (age < 18) {
    const err = new WaiverError({ fullName: input.fullName, dateOfBirth: input.dateOfBirth });
    locals.log.warn(err.message);
    return json({ error: 'Throwers must be 18 or over' }, { status: 422 });
  }
  const passwordHash = await hash(input.password);
  const [thrower] = await sql<Thrower[]>`
    insert into throwers (full_name, email, phone, date_of_birth, password_hash)
    values (${input.fullName}, ${input.email}, ${input.phone ?? null}, ${input.dateOfBirth}, ${passwordHash})
    returning id, full_name, email, phone, date_of_birth`;
  locals.log.info('thrower registered', { throwerId: thrower.id });
  await countlyUserDetails(thrower);
  if (input.marketing) await reportLeadConversion(thrower);
  return json({ id: thrower.id }, { status: 201 });
};
