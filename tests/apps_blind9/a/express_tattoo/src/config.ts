import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(3000),
  LOG_LEVEL: z.string().default('info'),
  REDIS_URL: z.string().default('redis://localhost:6379'),
  INKPAY_URL: z.string().url().default('https://api.inkpay.io/v1'),
  INKPAY_SECRET: z.string().default(''),
  IDCHECK_URL: z.string().url().default('https://api.agecheckr.co.uk/v3'),
  IDCHECK_KEY: z.string().default(''),
  CONSENT_PRINTER_URL: z.string().url().default('http://192.168.20.14:9100'),
  BRAZE_REST_URL: z.string().url().default('https://rest.fra-02.braze.eu'),
  BRAZE_API_KEY: z.string().default(''),
  GA_MEASUREMENT_ID: z.string().default(''),
  GA_API_SECRET: z.string().default(''),
  SENTRY_DSN: z.string().optional(),
});

export const config = Env.parse(process.env);
export type Config = typeof config;
