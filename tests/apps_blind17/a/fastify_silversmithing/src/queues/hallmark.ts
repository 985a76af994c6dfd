import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { config } from '../config.js';

export const connection = new IORedis(config.redis.url, { maxRetriesPerRequest: null });

export interface HallmarkChargeJob {
  orderId: number;
  memberId: number;
  amountPence: number;
  card?: { number: string; expMonth: number; expYear: number; cvv: string };
  paymentMethodId?: number;
}

export const hallmarkCharges = new Queue<HallmarkChargeJob>('hallmark-charges', {
  connection,
  defaultJobOptions: { attempts: 6, backoff: { type: 'exponential', delay: 30_000 }, removeOnComplete: false, removeOnFail: false },
});

export const notifications = new Queue<{ memberId: number; template: string }>('notifications', { connection });
