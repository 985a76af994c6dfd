import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';
import { upsertContact } from '../services/hubspot.js';

interface NewCustomer {
  email: string;
  fullName: string;
  phone?: string;
}

export async function customerRoutes(app: FastifyInstance) {
  app.post<{ Body: NewCustomer }>('/', async (request, reply) => {
    const customer = await prisma.customer.create({ data: request.body });
    request.log.info({ customer }, 'customer created');
    await upsertContact(customer);
    return reply.code(201).send({ id: customer.id });
  });

  app.get<{ Params: { id: string } }>('/:id/cards', async (request) => {
    const cards = await prisma.savedCard.findMany({
      where: { customerId: request.params.id },
      select: { id: true, brand: true, last4: true, expMonth: true, expYear: true },
    });
    request.log.debug({ customerId: request.params.id, count: cards.length }, 'listed saved cards');
    return cards;
  });

  app.delete<{ Params: { id: string } }>('/:id', async (request, reply) => {
    const customer = await prisma.customer.delete({ where: { id: request.params.id } });
    request.log.warn(`customer ${customer.id} erased on request from ${customer.email} (${customer.phone})`);
    return reply.code(204).send();
  });
}
