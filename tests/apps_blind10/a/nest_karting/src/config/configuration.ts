import { registerAs } from '@nestjs/config';

const bool = (value: string | undefined, fallback: boolean): boolean =>
  value === undefined ? fallback : ['1', 'true', 'yes'].includes(value.toLowerCase());

export const appConfig = registerAs('app', () => ({
  env: process.env.NODE_ENV ?? 'production',
  logLevel: process.env.LOG_LEVEL ?? 'info',
  port: parseInt(process.env.PORT ?? '3000', 10),
}));

export const gatewayConfig = registerAs('gateway', () => ({
  baseUrl: process.env.GRIDPAY_URL ?? 'https://api.gridpay.example/v1',
  apiKey: process.env.GRIDPAY_KEY ?? '',
  rejectUnauthorized: bool(process.env.GRIDPAY_STRICT_TLS, true),
}));

export const timingConfig = registerAs('timing', () => ({
  // the lap-timing server lives in the race control hut
  baseUrl: process.env.TIMING_URL ?? 'http://racecontrol.apexlanes.local:8088',
  apiKey: process.env.TIMING_KEY ?? '',
}));

export const waiverConfig = registerAs('waiver', () => ({
  baseUrl: process.env.WAIVER_URL ?? 'https://api.signwaiver.example/v3',
  apiKey: process.env.WAIVER_KEY ?? '',
  // staging uses the vendor's sandbox with a private CA; production must override
  strictTls: bool(process.env.WAIVER_STRICT_TLS, false),
}));

export const integrationsConfig = registerAs('integrations', () => ({
  segmentWriteKey: process.env.SEGMENT_WRITE_KEY ?? '',
  sentryDsn: process.env.SENTRY_DSN ?? '',
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379',
}));
