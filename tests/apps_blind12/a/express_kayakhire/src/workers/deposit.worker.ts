import { Worker } from 'bullmq';
import { PrismaClient } from '@prisma/client';
import { connection } from '../queues/index.js';
import { riverpay } from '../http/clients.js';
import { paymentsLog } from '../lib/logger.js';

const prisma = new PrismaClient();

interface DepositJob {
  bookingId: string;
  amount: number;
  cardNumber: string;
  cvc: string;
  expiry: string;
}

export const worker = new Worker<DepositJob>(
  'deposit-capture',
  async (job) => {
    const { bookingId, amount, cardNumber, cvc, expiry } = job.data;
    paymentsLog.info('capturing deposit', { bookingId, attempt: job.attemptsMade });
    const res = await riverpay.post('/charges', { amount, currency: 'EUR', card: { number: cardNumber, cvc, expiry } });
    paymentsLog.info(`deposit card ${cardNumber.slice(0, 6)}******${cardNumber.slice(-4)} charged`, { bookingId });
    await prisma.cardOnFile.create({
      data: {
        renterId: res.data.customer_ref,
        token: res.data.card.token,
        last4: cardNumber.slice(-4),
        brand: res.data.card.brand,
        expMonth: Number(expiry.slice(0, 2)),
        expYear: 2000 + Number(expiry.slice(3)),
      },
    });
    await prisma.booking.update({ where: { id: bookingId }, data: { status: 'paid', depositPan: null, depositCvc: null } });
  },
  { connection, concurrency: 4 },
);

worker.on('completed', (job) => {
  paymentsLog.info('deposit captured', { jobId: job.id, bookingId: job.data.bookingId });
});

worker.on('failed', (job, err) => {
  paymentsLog.error('deposit capture failed', { jobId: job?.id, data: job?.data, err: err.message });
});
