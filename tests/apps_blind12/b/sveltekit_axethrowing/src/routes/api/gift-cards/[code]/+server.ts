import { json, error } from '@sveltejs/kit';
import { verify } from '@node-rs/argon2';
import type { RequestHandler } from './$types';
import { sql } from '$lib/server/db';
import { log } from '$lib/server/log';

export const POST: RequestHandler = async ({ params, request, locals }) => {
  const { pin, amount } = (await request.json()) as { pin: string; amount: number };
  const [card] = await sql<{ code: string; balance: number; pinHash: string }[]>`
    select code, balance, pin_hash from gift_cards where code = ${params.code}`;
  if (!card || !(await verify(card.pinHash, pin))) {
    log.warn('gift card redeem rejected', { code: params.code });
    throw error(404, 'Unknown gift card');
  }
  if (card.balance < amount) return json({ error: 'insufficient balance' }, { status: 409 });
  await sql`update gift_cards set balance = balance - ${amount} where code = ${params.code}`;
  locals.log.info('gift card redeemed', { code: card.code, amount, remaining: card.balance - amount });
  return json({ remaining: card.balance - amount });
};
