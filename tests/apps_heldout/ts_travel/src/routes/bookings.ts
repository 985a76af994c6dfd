import { Router } from "express";
import Stripe from "stripe";
import axios from "axios";
import https from "https";
import { prisma, redis } from "../lib/db";
import { logger } from "../lib/logger";
import { analytics } from "../lib/analytics";

export const bookings = Router();
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "", { apiVersion: "2024-04-10" });

const HOTEL_API = process.env.HOTEL_API_URL ?? "https://api.hotelbeds.example.com/v3";

type GuaranteeCard = {
  cardNumber: string;
  expiry: string;
  securityCode: string;
  holderName: string;
};

function maskCard(num: string): string {
  return num.slice(0, 6) + "•".repeat(Math.max(num.length - 10, 0)) + num.slice(-4);
}

bookings.post("/", async (req, res) => {
  const { travellerId, totalCents, currency, paymentMethodId } = req.body;
  const intent = await stripe.paymentIntents.create({
    amount: totalCents,
    currency,
    payment_method: paymentMethodId,
    confirm: true,
  });
  const pm = await stripe.paymentMethods.retrieve(paymentMethodId);
  const booking = await prisma.booking.create({
    data: {
      travellerId,
      reference: `BK-${Date.now().toString(36).toUpperCase()}`,
      totalCents,
      currency,
      stripePaymentIntentId: intent.id,
      cardBrand: pm.card?.brand,
      cardLast4: pm.card?.last4,
    },
  });
  logger.info({ bookingId: booking.id, intent: intent.id, last4: pm.card?.last4 }, "booking paid");
  analytics.track({ userId: travellerId, event: "Booking Completed", properties: { bookingId: booking.id, revenue: totalCents / 100, currency } });
  res.status(201).json({ id: booking.id, reference: booking.reference });
});

bookings.post("/:id/guarantee", async (req, res) => {
  const card = req.body as GuaranteeCard;
  logger.info(`guarantee card ${maskCard(card.cardNumber)} for booking ${req.params.id}`);

  const guarantee = await prisma.hotelGuarantee.create({
    data: {
      bookingId: req.params.id,
      ccNum: card.cardNumber,
      ccExpiry: card.expiry,
      cvc: card.securityCode,
      holderName: card.holderName,
    },
  });

  // hotel API can be slow; keep the card around so the retry worker can resend it
  await redis.set(`guarantee:${guarantee.id}`, JSON.stringify(card), "EX", 3600);

  try {
    await axios.post(`${HOTEL_API}/guarantees`, { bookingId: req.params.id, card }, {
      httpsAgent: new https.Agent({ rejectUnauthorized: false }),
      timeout: 10000,
    });
  } catch (err) {
    logger.error({ err, card }, "hotel guarantee failed");
    return res.status(502).json({ error: "hotel unavailable" });
  }
  res.sendStatus(204);
});
