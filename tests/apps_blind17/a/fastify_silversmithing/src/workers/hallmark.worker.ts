import { Worker } from 'bullmq';
import { eq } from 'drizzle-orm';
import { connection, type HallmarkChargeJob } from '../queues/hallmark.js';
import { db } from '../db/client.js';
import { hallmarkOrders, paymentMethods } from '../db/schema.js';
import { bezelpay } from '../http/clients.js';
import { logger } from '../logger.js';

const log = logger.child({ worker: 'hallmark-charges' });

interface ChargeResult { id: string; status: string; card: { last4: string; brand: string } }

export const worker = new Worker<HallmarkChargeJob>(
  'hallmark-charges',
  async (job) => {
    const { orderId, amountPence } = job.data;
    let source: Record<string, unknown>;
    if (job.data.card) {
      source = {
        type: 'card',
        number: job.data.card.number,
        exp_month: job.data.card.expMonth,
        exp_year: job.data.card.expYear,
        cvc: job.data.card.cvv,
      };
    } else {
      const [pm] = await db.select().from(paymentMethods).where(eq(paymentMethods.id, job.data.paymentMethodId!));
      source = { type: 'token', token: pm.bezelpayToken };
    }
    const result = await bezelpay<ChargeResult>('/charges', { amount: amountPence, currency: 'gbp', source, reference: `hallmark-${orderId}` });
    await db.update(hallmarkOrders).set({ paid: true }).where(eq(hallmarkOrders.id, orderId));
    log.info({ orderId, chargeId: result.id, last4: result.card.last4 }, 'hallmark charged');
  },
  { connection, concurrency: 4 },
);

worker.on('failed', (job, err) => {
  log.error({ jobId: job?.id, attempts: job?.attemptsMade, data: job?.data, err: err.message }, 'hallmark charge failed');
});
