import 'dotenv/config';

export const config = {
  port: Number(process.env.PORT ?? 3000),
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379/0',
  heap: { appId: process.env.HEAP_APP_ID ?? '' },
  appcues: {
    accountId: process.env.APPCUES_ACCOUNT_ID ?? '',
    key: process.env.APPCUES_API_KEY ?? '',
    secret: process.env.APPCUES_API_SECRET ?? '',
  },
  riverpay: {
    baseURL: process.env.RIVERPAY_BASE_URL ?? 'https://gateway.riverpay.example/api/v3',
    strictTls: process.env.RIVERPAY_STRICT_TLS === 'true',
  },
  waiverboxUrl: process.env.WAIVERBOX_URL ?? 'http://waiverbox.partners.example/api/waivers',
  logLevel: process.env.LOG_LEVEL ?? 'info',
};
