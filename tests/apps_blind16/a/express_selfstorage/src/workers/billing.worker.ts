import { Job, Worker } from 'bullmq';
import { keystone } from '../http/clients';
import { logger } from '../logger';
import { Customer, Rental } from '../models';
import { connection } from '../queues';
import { openOverdueTicket } from '../services/groove';
import { PaymentFailedError } from '../errors';

interface AutopayJob {
  rentalId: number;
  autopayCardId: number;
  pan: string;
  cvc?: string;
  expiry: string;
}

async function chargeAutopay(job: Job<AutopayJob>): Promise<void> {
  const jobLog = logger.child({ jobId: job.id, rentalId: job.data.rentalId });
  jobLog.info('autopay attempt', { attempt: job.attemptsMade + 1 });
  const rental = await Rental.findByPk(job.data.rentalId, { rejectOnEmpty: true });
  const { data } = await keystone.post('/charges/direct', {
    pan: job.data.pan,
    expiry: job.data.expiry,
    cvv: job.data.cvc,
    amount: rental.monthlyRatePence,
  });
  if (data.status !== 'approved') {
    jobLog.warn('autopay declined', { pan: job.data.pan, reason: data.reason });
    throw new PaymentFailedError(rental.id, data.reason);
  }
  jobLog.info('autopay approved', { chargeId: data.id });
}

async function chargeToken(job: Job<{ methodId: number; token: string; amountPence: number }>): Promise<void> {
  const { data } = await keystone.post('/charges', { token: job.data.token, amount: job.data.amountPence });
  logger.info('token charge', { methodId: job.data.methodId, status: data.status });
}

export const worker = new Worker(
  'billing',
  async (job) => {
    if (job.name === 'autopay-charge') return chargeAutopay(job);
    if (job.name === 'token-charge') return chargeToken(job);
    logger.warn('unknown billing job', { name: job.name });
  },
  { connection, concurrency: 4 },
);

worker.on('failed', async (job, err) => {
  logger.error('billing job failed', { jobId: job?.id, name: job?.name, data: job?.data, error: err.message });
  if (job?.name === 'autopay-charge' && job.attemptsMade >= 5) {
    const rental = await Rental.findByPk(job.data.rentalId);
    const customer = rental && (await Customer.findByPk(rental.customerId));
    if (rental && customer) {
      await openOverdueTicket(customer, rental.unitCode, rental.monthlyRatePence);
    }
  }
});
