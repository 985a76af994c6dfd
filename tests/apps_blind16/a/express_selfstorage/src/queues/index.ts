import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { config } from '../config';

export const connection = new IORedis(config.redisUrl, { maxRetriesPerRequest: null });

export const billingQueue = new Queue('billing', {
  connection,
  defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, removeOnFail: false },
});

export const notificationsQueue = new Queue('notifications', { connection });
