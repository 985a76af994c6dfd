import { Worker } from 'bullmq';
import { PrismaClient } from '@prisma/client';
import { connection, crmQueue } from '../queues/index.js';
import { identifyRenter } from '../integrations/heap.js';
import { logger } from '../lib/logger.js';

const prisma = new PrismaClient();

export async function scheduleNightlySync() {
  await crmQueue.add('resync', { since: new Date(Date.now() - 86_400_000).toISOString() }, { repeat: { pattern: '30 2 * * *' } });
}

export const crmWorker = new Worker<{ since: string }>(
  'crm-sync',
  async (job) => {
    const renters = await prisma.renter.findMany({ where: { createdAt: { gte: new Date(job.data.since) } } });
    for (const r of renters) {
      try {
        await identifyRenter(r);
      } catch (err) {
        logger.warn('heap resync failed', { renterId: r.id, status: (err as any)?.response?.status });
        logger.debug('heap resync renter', { renter: r });
      }
    }
    return { synced: renters.length };
  },
  { connection },
);
