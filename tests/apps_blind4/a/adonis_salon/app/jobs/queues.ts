import Queue from 'bull'
import env from '#start/env'

const redis = {
  host: env.get('REDIS_HOST', '127.0.0.1'),
  port: env.get('REDIS_PORT', 6379),
  password: env.get('REDIS_PASSWORD', ''),
}

export const reminderQueue = new Queue('appointment-reminders', { redis })
export const noShowQueue = new Queue('no-show-fees', {
  redis,
  defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 1000 },
})
