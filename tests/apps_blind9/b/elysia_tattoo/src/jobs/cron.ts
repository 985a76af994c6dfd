import { readFile, writeFile } from 'node:fs/promises';
import { cron } from '@elysiajs/cron';
import { Elysia } from 'elysia';
import { collections } from '../lib/mongo';
import { last4, tagged } from '../lib/logger';
import { Sentry } from '../lib/sentry';
import { charge } from '../services/gateway';
import { aftercarePush } from '../services/onesignal';
import { spoolFile } from '../routes/walkins';

const log = tagged('cron');

async function replayWalkIns(): Promise<void> {
  const file = spoolFile();
  const lines = (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  const left: string[] = [];
  const { walkIns } = await collections();
  for (const line of lines) {
    const sale = JSON.parse(line);
    try {
      const paid = await charge(sale.pricePence, `BL-WI-R-${Date.now()}`, sale.card);
      await walkIns.insertOne({
        artistId: sale.artistId, clientName: sale.clientName, design: sale.design, pricePence: sale.pricePence,
        paymentId: paid.id, cardLast4: last4(sale.card.number), createdAt: new Date(sale.createdAt),
      });
    } catch (err) {
      log.warn('walk-in replay failed', sale);
      Sentry.captureException(err, { tags: { job: 'replay-walkins' } });
      left.push(line);
    }
  }
  await writeFile(file, left.map((l) => l + '\n').join(''), { mode: 0o600 });
  log.info(`replayed ${lines.length - left.length} of ${lines.length} spooled walk-ins`);
}

async function releaseHolds(): Promise<void> {
  const { holds, bookings } = await collections();
  const done = await bookings.find({ status: { $in: ['done', 'cancelled'] } }, { projection: { _id: 1 } }).toArray();
  const res = await holds.updateMany(
    { bookingId: { $in: done.map((b) => b._id!) }, releasedAt: { $exists: false } },
    { $set: { releasedAt: new Date() }, $unset: { card: '' } },
  );
  log.info(`released ${res.modifiedCount} no-show holds`);
}

async function aftercare(): Promise<void> {
  const { bookings } = await collections();
  const day = 24 * 3600 * 1000;
  const since = new Date(Date.now() - 2 * day);
  for await (const b of bookings.find({ status: 'done', startsAt: { $gte: since, $lt: new Date(Date.now() - day) } })) {
    await aftercarePush(String(b.clientId), 1);
  }
}

export const jobs = new Elysia()
  .use(cron({ name: 'replay-walkins', pattern: '*/15 * * * *', run: replayWalkIns }))
  .use(cron({ name: 'release-holds', pattern: '0 3 * * *', run: releaseHolds }))
  .use(cron({ name: 'aftercare', pattern: '0 10 * * *', run: aftercare }));
