import { Queue } from 'node-resque';
import { config } from '../config.js';

const connectionDetails = { host: config.redis.host, port: config.redis.port, namespace: 'kitehaven' };

let queue: Queue | undefined;

export async function enqueue(q: string, job: string, args: unknown[]) {
  if (!queue) {
    queue = new Queue({ connection: connectionDetails });
    await queue.connect();
  }
  await queue.enqueue(q, job, args);
}
