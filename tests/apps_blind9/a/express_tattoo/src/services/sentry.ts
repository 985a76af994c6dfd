import * as Sentry from '@sentry/node';
import { config } from '../config.js';

Sentry.init({ dsn: config.SENTRY_DSN, tracesSampleRate: 0.1, sendDefaultPii: false });

export function identifyForErrors(client: { id: number; email: string; firstName: string }) {
  Sentry.setUser({ id: String(client.id), email: client.email, username: client.firstName });
}

export { Sentry };
