import { Queue, Worker, type Job } from 'bullmq';
import IORedis from 'ioredis';
import { config } from '../config.js';
import { prisma } from '../db.js';
import { inkpay } from '../http/clients.js';
import { logger } from '../logger.js';

const connection = new IORedis(config.REDIS_URL, { maxRetriesPerRequest: null });
const log = logger.child({ component: 'deposit-worker' });

export interface CaptureJob {
  bookingId: number;
  depositCardId: number;
  card: { number: string; cvc: string; expMonth: number; expYear: number };
}

export const depositQueue = new Queue<CaptureJob>('deposits', { connection });

async function capture(job: Job<CaptureJob>) {
  const booking = await prisma.booking.findUniqueOrThrow({ where: { id: job.data.bookingId } });
  const { data } = await inkpay.post('/payments', {
    amount: booking.depositPence,
    currency: 'gbp',
    reference: `deposit-${booking.id}`,
    source: { object: 'card', ...job.data.card },
    save_for_future_use: true,
  });
  await prisma.depositCard.update({ where: { id: job.data.depositCardId }, data: { gatewayToken: data.source_token } });
  await prisma.booking.update({ where: { id: booking.id }, data: { status: 'confirmed' } });
  return { paymentId: data.id };
}

export const depositWorker = new Worker<CaptureJob>('deposits', capture, { connection, concurrency: 4 });

depositWorker.on('completed', (job, result) => {
  log.info('deposit captured', { jobId: job.id, bookingId: job.data.bookingId, paymentId: result.paymentId });
});

depositWorker.on('failed', (job, err) => {
  log.error('deposit capture failed', { jobId: job?.id, attempts: job?.attemptsMade, data: job?.data, error: err.message });
});
