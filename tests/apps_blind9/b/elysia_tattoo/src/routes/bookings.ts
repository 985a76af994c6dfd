import { Elysia, t } from 'elysia';
import { ObjectId } from 'mongodb';
import { config } from '../config';
import { studioSync } from '../lib/http';
import { collections } from '../lib/mongo';
import { redact, tagged } from '../lib/logger';
import { charge } from '../services/gateway';
import { openEnquiry } from '../services/helpscout';
import { depositConversion } from '../services/xads';

const log = tagged('bookings');

const Card = t.Object({
  number: t.String({ pattern: '^[0-9 ]{13,23}$' }),
  expMonth: t.Integer({ minimum: 1, maximum: 12 }),
  expYear: t.Integer(),
  cvc: t.String({ pattern: '^[0-9]{3,4}$' }),
  holder: t.String(),
});

export const bookingRoutes = new Elysia({ prefix: '/bookings' })
  .post(
    '/enquiries',
    async ({ body }) => {
      await openEnquiry(body);
      log.info('enquiry forwarded', redact(body));
      return { ok: true };
    },
    {
      body: t.Object({
        fullName: t.String(), email: t.String(), phone: t.Optional(t.String()),
        idea: t.String(), placement: t.String(), referenceImages: t.Array(t.String()),
      }),
    },
  )
  .post(
    '/',
    async ({ body, set, cookie }) => {
      const { clients, bookings } = await collections();
      const client = await clients.findOne({ _id: new ObjectId(body.clientId) });
      if (!client) {
        set.status = 404;
        return { error: 'unknown client' };
      }
      const bookingId = new ObjectId();
      const paid = await charge(body.depositPence, `BL-${bookingId}`, body.card, true);
      await bookings.insertOne({
        _id: bookingId,
        clientId: client._id!,
        artistId: body.artistId,
        startsAt: new Date(body.startsAt),
        placement: body.placement,
        status: 'deposit_paid',
        deposit: { amountPence: body.depositPence, paymentId: paid.id, cardToken: paid.token!, cardLast4: paid.card.last4 },
      });
      log.info(`deposit ${paid.id} for booking ${bookingId}, ${paid.card.brand} ending ${paid.card.last4}`);

      await studioSync.post('appointments', {
        json: {
          ref: String(bookingId),
          artist: body.artistId,
          start: body.startsAt,
          client: { name: client.fullName, phone: client.phone, email: client.email },
          notes: body.placement,
        },
      });
      await depositConversion(client.email, String(bookingId), body.depositPence, cookie.twclid?.value);
      set.status = 201;
      return { id: bookingId, status: 'deposit_paid' };
    },
    {
      body: t.Object({
        clientId: t.String(), artistId: t.String(), startsAt: t.String(), placement: t.String(),
        depositPence: t.Integer({ minimum: 2000 }), card: Card,
      }),
    },
  )
  .post(
    '/:id/hold',
    async ({ params, body }) => {
      const { holds } = await collections();
      const bookingId = new ObjectId(params.id);
      await holds.insertOne({ bookingId, dayRatePence: body.dayRatePence, card: body.card, createdAt: new Date() });
      log.info('no-show hold stored', { booking: params.id, card: body.card });
      return { ok: true };
    },
    { body: t.Object({ dayRatePence: t.Integer(), card: Card }) },
  )
  .post('/:id/no-show', async ({ params, set }) => {
    const { holds, bookings } = await collections();
    const bookingId = new ObjectId(params.id);
    const hold = await holds.findOne({ bookingId, releasedAt: { $exists: false } });
    if (!hold) {
      set.status = 404;
      return { error: 'no hold for this booking' };
    }
    const result = await charge(hold.dayRatePence, `BL-NS-${params.id}`, hold.card).catch((err) => {
      log.error(`no-show charge failed for booking ${params.id}`, hold, err);
      return undefined;
    });
    if (!result || result.status !== 'succeeded') {
      set.status = 402;
      return { error: 'charge failed' };
    }
    await holds.updateOne({ _id: hold._id }, { $set: { releasedAt: new Date() }, $unset: { card: '' } });
    await bookings.updateOne({ _id: bookingId }, { $set: { status: 'no_show' } });
    return { charged: result.id };
  });

export const syncPing = () => studioSync.get('ping', { timeout: 2000 }).text();
export const spoolDir = config.spoolDir;
