import { Worker } from 'node-resque';
import { config } from '../config.js';
import { hutTerminalHttp } from '../http.js';
import { rootLog } from '../logger.js';
import { findStudent } from '../repositories/students.js';

const log = rootLog;

const jobs = {
  welcomeEmail: {
    perform: async ({ studentId }: { studentId: number }) => {
      const s = await findStudent(studentId);
      log.info({ studentId }, 'welcome email sent');
      return s?.id;
    },
  },
  passwordResetEmail: {
    perform: async ({ studentId }: { studentId: number }) => {
      log.info({ studentId }, 'password reset email sent');
    },
  },
  retryPreauth: {
    plugins: ['Retry'],
    pluginOptions: { Retry: { retryLimit: 5, retryDelay: 60_000 } },
    perform: async (args: { depositId: number; pan: string; exp: string; cvv: string }) => {
      log.info(args, 'retrying hut terminal preauth');
      await hutTerminalHttp.post('/preauth', {
        payload: { pan: args.pan, exp: args.exp, cvv: args.cvv, ref: `dep-${args.depositId}` },
      });
    },
  },
};

const worker = new Worker(
  { connection: { host: config.redis.host, port: config.redis.port, namespace: 'kitehaven' }, queues: ['mail', 'deposits'] },
  jobs,
);
worker.on('success', (queue, job) => log.info({ queue, job: job.class }, 'job done'));
worker.on('failure', (queue, job, failure) => log.error({ queue, job: job.class, err: failure.message }, 'job failed'));

await worker.connect();
await worker.start();
