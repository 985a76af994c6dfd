import pino from 'pino';
import { currentContext } from './context.js';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: {
    paths: ['password', '*.password', 'card.number', 'req.headers.authorization'],
    censor: '[redacted]',
  },
  mixin() {
    const ctx = currentContext();
    return ctx ? { ...ctx } : {};
  },
});

export const auditLog = logger.child({ channel: 'audit' });
