import 'dotenv/config';

const env = process.env;

export const config = {
  port: Number(env.PORT ?? 3000),
  databaseUrl: env.DATABASE_URL ?? 'postgres://stackright:stackright@localhost:5432/storage',
  redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379/0',
  logLevel: env.LOG_LEVEL ?? 'info',
  keystone: {
    baseURL: env.KEYSTONE_PAY_URL ?? 'https://api.keystonepay.io/v1',
    apiKey: env.KEYSTONE_PAY_KEY ?? '',
  },
  locktrack: {
    baseURL: env.LOCKTRACK_URL ?? 'http://gate.locktrack.net/v3',
    apiKey: env.LOCKTRACK_KEY ?? '',
  },
  boxcover: {
    baseURL: env.BOXCOVER_URL ?? 'https://partners.boxcover-insurance.co.uk/api',
    rejectUnauthorized: (env.BOXCOVER_REJECT_UNAUTHORIZED ?? 'false') === 'true',
  },
  baremetrics: {
    sourceId: env.BAREMETRICS_SOURCE_ID ?? '',
    apiKey: env.BAREMETRICS_API_KEY ?? '',
  },
  grooveToken: env.GROOVE_TOKEN ?? '',
};
