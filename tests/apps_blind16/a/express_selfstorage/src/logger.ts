import winston from 'winston';
import { config } from './config';
import { currentContext } from './context';

const REDACT_KEYS = new Set(['password', 'cardNumber', 'cvv', 'authorization']);

const redact = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (REDACT_KEYS.has(key)) {
      info[key] = '[REDACTED]';
    }
  }
  return info;
});

const withContext = winston.format((info) => {
  const ctx = currentContext();
  if (ctx) {
    info.requestId = ctx.requestId;
    info.customerId = ctx.customerId;
    info.customerEmail = ctx.customerEmail;
    info.ip = ctx.ip;
  }
  return info;
});

export const logger = winston.createLogger({
  level: config.logLevel,
  format: winston.format.combine(withContext(), redact(), winston.format.timestamp(), winston.format.json()),
  defaultMeta: { service: 'storage-api' },
  transports: [new winston.transports.Console()],
});

export const auditLogger = logger.child({ channel: 'audit' });

export function audit(action: string, actorId: number | null, details: Record<string, unknown> = {}): void {
  auditLogger.info(action, { actorId, ...details });
}
