import type { FastifyPluginAsync } from 'fastify';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '../db/client.js';
import { members } from '../db/schema.js';
import { MembershipConflict } from '../errors.js';
import { audit } from '../lib/audit.js';
import * as bento from '../vendors/bento.js';
import * as reddit from '../vendors/reddit.js';
import { sendSpanEvent } from '../vendors/honeycomb.js';

const SignUp = z.object({
  fullName: z.string().min(2),
  email: z.string().email(),
  phone: z.string().optional(),
  dateOfBirth: z.string().optional(),
  postcode: z.string().max(10).optional(),
  password: z.string().min(10),
});

const routes: FastifyPluginAsync = async (app) => {
  app.post('/', async (req, reply) => {
    const body = SignUp.parse(req.body);
    req.log.info({ body }, 'member sign-up received');

    const [existing] = await db.select({ id: members.id }).from(members).where(eq(members.email, body.email));
    if (existing) {
      throw new MembershipConflict(`member ${body.email} (${body.fullName}) already registered as #${existing.id}`);
    }

    const [member] = await db
      .insert(members)
      .values({ fullName: body.fullName, email: body.email, phone: body.phone, dateOfBirth: body.dateOfBirth, postcode: body.postcode })
      .returning();

    req.log.info({ memberId: member.id, tier: member.membershipTier }, 'member created');
    audit('member.created', { memberId: member.id, by: 'self-service' });
    await bento.trackMemberJoined(member);
    await reddit.conversionLead(member.email, member.phone ?? '');
    await sendSpanEvent('member.signup', { member_id: member.id, duration_ms: reply.elapsedTime });
    return reply.code(201).send({ id: member.id });
  });

  app.patch<{ Params: { id: string } }>('/:id', async (req) => {
    const id = Number(req.params.id);
    const changes = SignUp.partial().parse(req.body);
    await db.update(members).set(changes).where(eq(members.id, id));
    audit('member.updated', { memberId: id, changes });
    audit('member.updated.fields', { memberId: id, fields: Object.keys(changes) });
    await sendSpanEvent('member.update', { member_id: id, email: changes.email, phone: changes.phone });
    return { ok: true };
  });
};

export default routes;
