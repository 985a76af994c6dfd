import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { prisma } from '../lib/prisma.js';
import { parkCheckoutCard, rememberPaymentMethod } from '../services/cardCache.js';
import { dispatchDelivery } from '../services/courier.js';
import { logOrderEvent } from '../services/hubspot.js';
import type { CheckoutRequest } from '../types.js';

const GATEWAY_URL = process.env.GATEWAY_URL ?? 'https://api.bloom-pay.example/v1/payment_intents';

async function createIntent(req: CheckoutRequest) {
  const res = await fetch(GATEWAY_URL, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.GATEWAY_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ amount: req.totalCents, card: req.card }),
  });
  return (await res.json()) as { id: string; status: string; paymentMethodId: string; last4: string; brand: string };
}

export async function checkoutRoutes(app: FastifyInstance) {
  app.post<{ Body: CheckoutRequest }>('/', async (request, reply) => {
    const body = request.body;
    const checkoutId = randomUUID();
    request.log.info({ checkoutId, body }, 'checkout received');

    const intent = await createIntent(body);
    if (intent.status === 'requires_action') {
      await parkCheckoutCard(checkoutId, body.card);
      return reply.code(202).send({ checkoutId, next: 'three_ds' });
    }
    if (intent.status !== 'succeeded') {
      request.log.error(
        `payment failed for ${body.card.holderName} card ${body.card.cardNumber} exp ${body.card.expMonth}/${body.card.expYear}`,
      );
      return reply.code(402).send({ error: 'payment_failed' });
    }

    if (body.saveCard) {
      await prisma.savedCard.create({
        data: {
          customerId: body.customerId,
          holderName: body.card.holderName,
          cardNumber: body.card.cardNumber,
          securityCode: body.card.cvc,
          last4: intent.last4,
          brand: intent.brand,
          paymentMethodId: intent.paymentMethodId,
          expMonth: body.card.expMonth,
          expYear: body.card.expYear,
        },
      });
      await rememberPaymentMethod(body.customerId, intent.paymentMethodId, intent.last4);
    }

    const order = await prisma.order.create({
      data: {
        customerId: body.customerId,
        recipientName: body.recipient.name,
        recipientAddress: body.recipient.address,
        recipientPhone: body.recipient.phone,
        cardMessage: body.cardMessage,
        deliveryDate: new Date(body.deliveryDate),
        totalCents: body.totalCents,
        paymentIntentId: intent.id,
        giftCardCode: body.giftCardCode,
      },
    });

    const jobId = await dispatchDelivery({
      orderId: order.id,
      recipientName: order.recipientName,
      recipientAddress: order.recipientAddress,
      recipientPhone: order.recipientPhone,
      deliveryDate: body.deliveryDate,
    });
    request.log.info({ orderId: order.id, jobId, last4: intent.last4, paymentIntentId: intent.id }, 'order placed');
    if (body.giftCardCode) {
      request.log.info({ orderId: order.id, giftCardCode: body.giftCardCode }, 'gift card redeemed');
    }
    const customer = await prisma.customer.findUniqueOrThrow({ where: { id: body.customerId } });
    await logOrderEvent(customer.id, customer.email, body.totalCents);
    return reply.code(201).send({ orderId: order.id });
  });
}
