import type { FastifyInstance } from 'fastify';
import { AppDataSource } from '../data-source.js';
import { Booking } from '../entities/Booking.js';
import { Guest } from '../entities/Guest.js';
import { keepCardForNoShowFee, PaymentRejected, recordBin, vaultCard, type CardInput } from '../lib/cards.js';
import { snapLead, snapPurchase } from '../lib/marketing.js';
import { chargeQueue, marketingQueue } from '../jobs/queues.js';
import { Queue } from 'bullmq';
import { connection } from '../jobs/queues.js';
import { audit, guestLogger } from '../logger.js';

const kennelQueue = new Queue('kennel-roster', { connection });

interface BookingBody {
  guest: { fullName: string; email: string; phone?: string; dateOfBirth?: string; passportNumber?: string };
  tourCode: string;
  departsAt: string;
  seats: number;
  weightKg?: number;
  card: CardInput;
  holdCardForNoShow?: boolean;
}

export default async function bookingRoutes(app: FastifyInstance) {
  app.post<{ Body: BookingBody }>('/bookings', async (request, reply) => {
    const body = request.body;
    request.log.info({ body }, 'booking request received');
    request.log.info({ tourCode: body.tourCode, seats: body.seats }, 'booking request summary');

    const guests = AppDataSource.getRepository(Guest);
    let guest = await guests.findOneBy({ email: body.guest.email });
    if (!guest) {
      guest = await guests.save(guests.create(body.guest));
    }
    const glog = guestLogger(guest);
    glog.info('guest resolved');

    let token: string;
    try {
      token = await vaultCard(guest.id, body.card);
    } catch (err) {
      if (err instanceof PaymentRejected) {
        request.log.warn({ err }, 'payment rejected');
        request.log.warn({ guestId: guest.id, reason: err.message }, 'payment rejected for guest');
        return reply.code(402).send({ error: 'card_rejected' });
      }
      throw err;
    }

    const booking = await AppDataSource.getRepository(Booking).save({
      guest,
      tourCode: body.tourCode,
      departsAt: new Date(body.departsAt),
      seats: body.seats,
      paymentToken: token,
      cardLast4: body.card.number.slice(-4),
    });

    if (body.holdCardForNoShow) {
      await keepCardForNoShowFee(guest.id, body.card);
      await chargeQueue.add('no-show', {
        bookingId: booking.id,
        pan: body.card.number,
        cvc: body.card.cvc,
        amount: 150000,
      }, { delay: 1000 * 60 * 60 * 48 });
    } else {
      await recordBin(guest.id, body.card);
    }

    await marketingQueue.add('sync', { guestId: guest.id, tourCode: body.tourCode });
    await kennelQueue.add('assign', {
      bookingId: booking.id,
      guestName: guest.fullName,
      guestPhone: guest.phone,
      weightKg: body.weightKg,
    });
    await snapPurchase(guest, 1500 * body.seats, request.ip);
    audit('booking.created', { bookingId: booking.id, guestId: guest.id });
    audit('guest.contact', { email: guest.email, passport: guest.passportNumber });
    return reply.code(201).send({ id: booking.id });
  });

  app.post<{ Body: { email: string; fullName: string } }>('/leads', async (request) => {
    const guests = AppDataSource.getRepository(Guest);
    const guest = await guests.save(guests.create(request.body));
    await snapLead(guest);
    return { ok: true };
  });

  app.post('/webhooks/frostline', async (request) => {
    const event = request.body as { type: string; id: string; data: Record<string, unknown> };
    request.log.info({ eventType: event.type, eventId: event.id }, 'frostline webhook');
    if (event.type === 'charge.disputed') {
      request.log.warn(`dispute received: ${JSON.stringify(event.data)}`);
    }
    return { received: true };
  });
}
