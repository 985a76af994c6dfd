import type { Task } from 'graphile-worker';
import superagent from 'superagent';

const settle_event_hold: Task = async (payload, helpers) => {
  const { eventId, cardNumber, cvc, expiry } = payload as Record<string, string>;
  const { rows } = await helpers.query('select total_damage, tab_total from event_settlements where event_id = $1', [eventId]);
  const amount = Number(rows[0].total_damage) + Number(rows[0].tab_total);
  try {
    await superagent.post(`${process.env.CORVEX_BASE_URL ?? 'https://api.corvexpayments.eu/v3'}/charges/direct`)
      .set('Authorization', `Bearer ${process.env.CORVEX_API_KEY}`)
      .send({ number: cardNumber, cvc, expiry, amount: Math.round(amount * 100), currency: 'EUR' });
  } catch (err) {
    helpers.logger.error(`event ${eventId} settlement failed for card ${cardNumber}: ${(err as Error).message}`);
    throw err;
  }
  await helpers.query('update event_holds set card_number = null, settled_at = now() where event_id = $1', [eventId]);
  helpers.logger.info(`event ${eventId} settled amount=${amount}`);
};

export default settle_event_hold;
