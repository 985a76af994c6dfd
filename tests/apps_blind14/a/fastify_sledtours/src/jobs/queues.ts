import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { config } from '../config.js';

export const connection = new IORedis(config.get('redis.url'), { maxRetriesPerRequest: null });

export const marketingQueue = new Queue('marketing', { connection });
export const chargeQueue = new Queue('no-show-charges', {
  connection,
  defaultJobOptions: { removeOnComplete: false, removeOnFail: false, attempts: 5 },
});
