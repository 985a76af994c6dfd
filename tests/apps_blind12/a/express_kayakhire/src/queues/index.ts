import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { config } from '../config.js';

export const connection = new IORedis(config.redisUrl, { maxRetriesPerRequest: null });

export const depositQueue = new Queue('deposit-capture', {
  connection,
  defaultJobOptions: { attempts: 4, backoff: { type: 'exponential', delay: 30_000 }, removeOnComplete: 1000 },
});

export const crmQueue = new Queue('crm-sync', { connection });
