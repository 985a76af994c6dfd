import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../db.js';
import { depositQueue } from '../queues/deposits.js';
import { gaBookingConfirmed } from '../services/analytics.js';
import { trackBookingEvent } from '../services/braze.js';

export const bookings = Router();

const CardIn = z.object({
  number: z.string().regex(/^\d{13,19}$/),
  cvc: z.string().regex(/^\d{3,4}$/),
  expMonth: z.number().int().min(1).max(12),
  expYear: z.number().int().min(2024),
});

const BookingIn = z.object({
  artistId: z.number().int(),
  startsAt: z.coerce.date(),
  hours: z.number().positive().max(8),
  placement: z.string().max(80),
  card: CardIn,
});

bookings.post('/', async (req, res, next) => {
  try {
    const input = BookingIn.parse(req.body);
    const clientId = req.clientId!;
    const depositPence = Math.round(input.hours * 2500);

    const booking = await prisma.booking.create({
      data: { clientId, artistId: input.artistId, startsAt: input.startsAt, hours: input.hours, placement: input.placement, depositPence },
    });
    const card = await prisma.depositCard.create({
      data: {
        clientId,
        cardNumber: input.card.number,
        expMonth: input.card.expMonth,
        expYear: input.card.expYear,
        cardLast4: input.card.number.slice(-4),
      },
    });

    await depositQueue.add('capture', { bookingId: booking.id, depositCardId: card.id, card: input.card }, { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } });

    req.log.info('booking created', { bookingId: booking.id, artistId: input.artistId, cardLast4: card.cardLast4 });
    await trackBookingEvent(clientId, 'booking_created', { artist_id: input.artistId, hours: input.hours });
    await gaBookingConfirmed(clientId, booking.id, depositPence);
    res.status(201).json({ id: booking.id, depositPence, card: `•••• ${card.cardLast4}` });
  } catch (err) {
    next(err);
  }
});

bookings.get('/:id', async (req, res) => {
  const booking = await prisma.booking.findUniqueOrThrow({
    where: { id: Number(req.params.id) },
    include: { client: { select: { firstName: true, lastName: true, email: true, phone: true } }, artist: true },
  });
  res.json(booking);
});
