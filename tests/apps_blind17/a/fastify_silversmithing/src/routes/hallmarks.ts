import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { db } from '../db/client.js';
import { hallmarkOrders, members } from '../db/schema.js';
import { eq } from 'drizzle-orm';
import { hallmarkCharges } from '../queues/hallmark.js';
import { assaylink } from '../http/clients.js';
import * as reddit from '../vendors/reddit.js';
import * as bento from '../vendors/bento.js';

const HallmarkRequest = z.object({
  memberId: z.number(),
  pieces: z.number().int().positive(),
  metalStandard: z.enum(['sterling', 'gold9', 'gold18', 'platinum']),
  paymentMethodId: z.number().optional(),
  card: z
    .object({ number: z.string().min(12).max(19), expMonth: z.number(), expYear: z.number(), cvv: z.string().max(4) })
    .optional(),
  notes: z.string().max(500).optional(),
});

const PRICE_PER_PIECE = 450;

const routes: FastifyPluginAsync = async (app) => {
  app.post('/', async (req, reply) => {
    const body = HallmarkRequest.parse(req.body);
    const amountPence = body.pieces * PRICE_PER_PIECE;

    const [order] = await db
      .insert(hallmarkOrders)
      .values({
        memberId: body.memberId,
        pieces: body.pieces,
        metalStandard: body.metalStandard,
        payerCardNumber: body.card?.number,
        payerCardCvv: body.card?.cvv,
        notes: body.notes,
      })
      .returning({ id: hallmarkOrders.id });

    if (body.card) {
      await hallmarkCharges.add('charge', { orderId: order.id, memberId: body.memberId, amountPence, card: body.card });
      req.log.info({ orderId: order.id, card: body.card }, 'hallmark charge queued with card');
    } else {
      await hallmarkCharges.add('charge', { orderId: order.id, memberId: body.memberId, amountPence, paymentMethodId: body.paymentMethodId });
      req.log.info({ orderId: order.id, paymentMethodId: body.paymentMethodId }, 'hallmark charge queued');
    }

    const [member] = await db.select().from(members).where(eq(members.id, body.memberId));
    const { statusCode } = await assaylink.request({
      method: 'POST',
      path: '/v2/lots',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        studio: 'argentbench-hackney',
        owner: { name: member.fullName, phone: member.phone },
        pieces: body.pieces,
        program: body.metalStandard,
      }),
    });
    req.log.info({ orderId: order.id, assaylinkStatus: statusCode }, 'assay lot booked');

    await reddit.conversionPurchase(member.email, req.ip, amountPence, `hallmark-${order.id}`);
    await bento.trackClassBooked(member.id, `hallmark-${body.metalStandard}`);
    return reply.code(202).send({ orderId: order.id });
  });
};

export default routes;
