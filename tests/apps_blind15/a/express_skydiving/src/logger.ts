import pino from 'pino';
import { currentContext } from './context.js';
import { settings } from './config.js';

export const logger = pino({
  level: settings.logLevel,
  redact: {
    paths: ['req.headers.authorization', 'req.headers.cookie', 'password', 'card.number', 'card.cvv', '*.secret'],
    censor: '[redacted]',
  },
  mixin() {
    const ctx = currentContext();
    return ctx ? { requestId: ctx.requestId, jumper: ctx.jumperEmail, instructor: ctx.instructor } : {};
  },
});

export const auditLog = logger.child({ channel: 'audit' });

export function audit(action: string, fields: Record<string, unknown>): void {
  const { cardNumber, cvv, ...rest } = fields;
  auditLog.info({ action, ...rest }, 'audit');
}
