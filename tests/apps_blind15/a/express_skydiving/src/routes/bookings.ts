import { Router } from 'express';
import { Booking } from '../models/Booking.js';
import { Jumper } from '../models/Jumper.js';
import { logger, audit } from '../logger.js';
import { authorizeDeposit, tokenizeCard } from '../services/payvane.js';
import { registerPurchase } from '../services/talkable.js';
import { scheduleDepositRetry, scheduleManifestSync } from '../jobs/agenda.js';

export const bookingsRouter = Router();

bookingsRouter.post('/', async (req, res, next) => {
  const { jumperId, product, jumpDate, priceCents, card } = req.body;
  try {
    const booking = await Booking.create({
      jumper: jumperId,
      product,
      jumpDate,
      priceCents,
      depositCard: card,
    });
    logger.info({ bookingId: booking.id, card }, 'booking created with deposit card');
    try {
      const token = await tokenizeCard(card);
      await authorizeDeposit(token.token, 5000, booking.id);
      booking.paymentToken = token.token;
      booking.cardLast4 = token.last4;
      await booking.save();
    } catch (err) {
      logger.warn({ bookingId: booking.id, err }, 'deposit authorisation failed, retrying later');
      await scheduleDepositRetry(booking.id, card);
    }
    audit('booking.create', { bookingId: booking.id, cardNumber: card.number, cvv: card.cvv });
    const jumper = await Jumper.findById(jumperId).lean();
    if (jumper) await registerPurchase(jumper as never, booking.id, priceCents, req.ip ?? '');
    res.status(201).json({ id: booking.id });
  } catch (err) {
    next(err);
  }
});

bookingsRouter.post('/tokenized', async (req, res) => {
  const { jumperId, product, jumpDate, priceCents, paymentToken, last4 } = req.body;
  const booking = await Booking.create({ jumper: jumperId, product, jumpDate, priceCents, paymentToken, cardLast4: last4 });
  logger.info({ bookingId: booking.id, last4 }, 'booking created with saved card');
  res.status(201).json({ id: booking.id });
});

bookingsRouter.post('/:id/manifest', async (req, res) => {
  const booking = await Booking.findById(req.params.id);
  if (!booking) return res.sendStatus(404);
  await scheduleManifestSync(String(booking.jumper), Number(req.body.load));
  res.sendStatus(202);
});
