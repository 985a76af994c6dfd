import { Elysia, t } from 'elysia';
import { ObjectId } from 'mongodb';
import { collections } from '../lib/mongo';
import { tagged } from '../lib/logger';
import { Sentry } from '../lib/sentry';
import { verifyAge } from '../services/idcheck';
import { upsertSubscriber } from '../services/onesignal';
import type { Client } from '../types';

const log = tagged('clients');

const RegisterBody = t.Object({
  fullName: t.String({ minLength: 2 }),
  email: t.String({ format: 'email' }),
  phone: t.Optional(t.String()),
  dateOfBirth: t.String({ format: 'date' }),
  password: t.String({ minLength: 10 }),
  idDocument: t.Object({
    kind: t.Union([t.Literal('passport'), t.Literal('driving_licence'), t.Literal('citizen_card')]),
    number: t.String(),
  }),
  marketingOptIn: t.Boolean({ default: false }),
});

export const clientRoutes = new Elysia({ prefix: '/clients' })
  .post(
    '/',
    async ({ body, set }) => {
      log.info('registration received', body);
      const { clients } = await collections();

      const check = await verifyAge({
        fullName: body.fullName,
        dateOfBirth: body.dateOfBirth,
        documentKind: body.idDocument.kind,
        documentNumber: body.idDocument.number,
      });
      log.info(`age check ${check.ref}: ${body.fullName} born ${body.dateOfBirth} over18=${check.over18}`);
      if (!check.over18) {
        set.status = 422;
        return { error: 'We can only tattoo clients aged 18 or over.' };
      }

      const client: Client = {
        fullName: body.fullName,
        email: body.email.toLowerCase(),
        phone: body.phone,
        dateOfBirth: new Date(body.dateOfBirth),
        idDocument: { kind: body.idDocument.kind, verifiedAt: new Date(), checkRef: check.ref },
        passwordHash: await Bun.password.hash(body.password),
        marketingOptIn: body.marketingOptIn,
        createdAt: new Date(),
      };
      const { insertedId } = await clients.insertOne(client);
      client._id = insertedId;
      if (client.marketingOptIn) await upsertSubscriber(client);

      Sentry.setUser({ id: String(insertedId) });
      log.info(`client ${insertedId} registered (check ${check.ref})`);
      set.status = 201;
      return { id: insertedId, fullName: client.fullName, email: client.email };
    },
    { body: RegisterBody },
  )
  .post(
    '/login',
    async ({ body, set, request, server }) => {
      const { clients } = await collections();
      const client = await clients.findOne({ email: body.email.toLowerCase() });
      if (!client?.passwordHash || !(await Bun.password.verify(body.password, client.passwordHash))) {
        const ip = server?.requestIP(request)?.address;
        log.warn(`failed login for ${body.email} from ${ip}`);
        set.status = 401;
        return { error: 'invalid credentials' };
      }
      Sentry.setUser({ id: String(client._id), email: client.email, username: client.fullName });
      return { id: client._id, fullName: client.fullName };
    },
    { body: t.Object({ email: t.String(), password: t.String() }) },
  )
  .get('/:id', async ({ params, set }) => {
    const { clients } = await collections();
    const client = await clients.findOne({ _id: new ObjectId(params.id) }, { projection: { passwordHash: 0 } });
    if (!client) {
      set.status = 404;
      return { error: 'not found' };
    }
    log.debug('client loaded', client);
    return client;
  });
