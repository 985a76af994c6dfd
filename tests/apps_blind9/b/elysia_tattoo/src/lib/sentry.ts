import * as Sentry from '@sentry/bun';
import { config } from '../config';

Sentry.init({
  dsn: config.sentryDsn,
  environment: Bun.env.NODE_ENV ?? 'production',
  tracesSampleRate: 0.1,
  sendDefaultPii: false,
});

export { Sentry };
