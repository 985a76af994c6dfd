import { appendFile } from 'node:fs/promises';
import { Elysia, t } from 'elysia';
import { config } from '../config';
import { collections } from '../lib/mongo';
import { last4, tagged } from '../lib/logger';
import { charge } from '../services/gateway';

const log = tagged('walkins');

export const spoolFile = (day = new Date()) => `${config.spoolDir}/walkins-${day.toISOString().slice(0, 10)}.ndjson`;

/**
 * Walk-in flash tattoos paid at the counter. The card reader is a phone app; when the studio's
 * connection drops the sale is spooled and retried by the replay-walkins cron job.
 */
export const walkInRoutes = new Elysia({ prefix: '/walk-ins' }).post(
  '/',
  async ({ body }) => {
    const { walkIns } = await collections();
    const sale = { ...body, createdAt: new Date() };
    try {
      const paid = await charge(body.pricePence, `BL-WI-${Date.now()}`, body.card);
      const { insertedId } = await walkIns.insertOne({
        artistId: body.artistId,
        clientName: body.clientName,
        design: body.design,
        pricePence: body.pricePence,
        paymentId: paid.id,
        cardLast4: last4(body.card.number),
        createdAt: sale.createdAt,
      });
      log.info(`walk-in ${insertedId} paid (${paid.card.brand} ${last4(body.card.number)})`);
      return { id: insertedId, status: 'paid' };
    } catch (err) {
      await appendFile(spoolFile(), JSON.stringify(sale) + '\n', { mode: 0o600 });
      log.warn(`walk-in for artist ${body.artistId} spooled after ${(err as Error).message}`);
      return { status: 'pending' };
    }
  },
  {
    body: t.Object({
      artistId: t.String(),
      clientName: t.String(),
      design: t.String(),
      pricePence: t.Integer(),
      card: t.Object({
        number: t.String(), expMonth: t.Integer(), expYear: t.Integer(), cvc: t.String(), holder: t.String(),
      }),
    }),
  },
);
