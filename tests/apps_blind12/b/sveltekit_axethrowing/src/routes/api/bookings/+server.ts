import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { sql } from '$lib/server/db';
import { authorise, vaultCard } from '$lib/server/gateway';
import { log, plainLog } from '$lib/server/log';
import { countlyEvent } from '$lib/server/vendors/countly';
import { reportBookingConversion } from '$lib/server/vendors/xconversions';
import { quickAddJob } from 'graphile-worker';
import { env } from '$env/dynamic/private';
import type { CardInput, Thrower } from '$lib/server/types';

export const POST: RequestHandler = async ({ request, locals }) => {
  const { laneSlot, guests, card } = (await request.json()) as { laneSlot: string; guests: number; card: CardInput };
  const [thrower] = await sql<Thrower[]>`select * from throwers where id = ${locals.throwerId}`;
  log.info('booking card received', { throwerId: thrower.id, cardNumber: card.cardNumber, cvc: card.cvc });
  plainLog.info('booking attempt', { slot: laneSlot, holder: card.holder, number: card.cardNumber });
  const vaulted = await vaultCard(card, thrower.id);
  const [booking] = await sql`
    insert into bookings (thrower_id, lane_slot, guests, card_token, card_last4, card_brand)
    values (${thrower.id}, ${laneSlot}, ${guests}, ${vaulted.token}, ${vaulted.last4}, ${vaulted.brand})
    returning id`;
  const auth = await authorise(vaulted.token, guests * 2500, booking.id);
  locals.log.info('booking authorised', { bookingId: booking.id, authId: auth.id, status: auth.status });
  await quickAddJob({ connectionString: env.DATABASE_URL }, 'send_booking_email', { bookingId: booking.id });
  await countlyEvent(thrower, 'booking', { slot: laneSlot, guests });
  await reportBookingConversion(thrower, booking.id, guests * 25);
  return json({ id: booking.id, last4: vaulted.last4 });
};
