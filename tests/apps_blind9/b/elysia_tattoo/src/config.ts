const env = (name: string, fallback = ''): string => Bun.env[name] ?? fallback;

export const config = {
  port: Number(env('PORT', '3000')),
  mongoUrl: env('MONGO_URL', 'mongodb://localhost:27017'),
  mongoDb: env('MONGO_DB', 'blacklantern'),
  logLevel: Number(env('LOG_LEVEL', '3')), // consola: 3 = info, 4 = debug
  sentryDsn: env('SENTRY_DSN'),
  gateway: { baseUrl: env('NORTHPAY_URL', 'https://api.northpay.example/v1/'), key: env('NORTHPAY_KEY') },
  // the old Windows booking app at the front desk still drives the appointment screen
  studioSyncUrl: env('STUDIO_SYNC_URL', 'http://192.168.10.20:7070/api/'),
  idCheckUrl: env('IDCHECK_URL', 'https://verify.agegate-partners.example/v2/checks'),
  idCheckStrictTls: env('IDCHECK_STRICT_TLS', 'false') === 'true',
  helpScout: { token: env('HELPSCOUT_TOKEN'), mailboxId: Number(env('HELPSCOUT_MAILBOX', '281734')) },
  oneSignal: { appId: env('ONESIGNAL_APP_ID'), key: env('ONESIGNAL_REST_KEY') },
  xAds: { pixelId: env('X_PIXEL_ID', 'o8k2c'), eventId: env('X_EVENT_ID', 'tw-o8k2c-o8k3a'), token: env('X_ADS_TOKEN') },
  spoolDir: env('SPOOL_DIR', '/var/spool/blacklantern'),
  webhookSecret: env('NORTHPAY_WEBHOOK_SECRET'),
};
