import winston from 'winston';
import { config } from '../config.js';
import { requestContext } from './context.js';

const SENSITIVE = ['password', 'cardNumber', 'cvc'];

const redact = winston.format((info) => {
  for (const key of SENSITIVE) {
    if (key in info) info[key] = '[redacted]';
  }
  return info;
});

const withContext = winston.format((info) => {
  const ctx = requestContext.getStore();
  if (ctx) Object.assign(info, ctx);
  return info;
});

export const logger = winston.createLogger({
  level: config.logLevel,
  format: winston.format.combine(redact(), withContext(), winston.format.timestamp(), winston.format.json()),
  defaultMeta: { service: 'paddlepoint-api' },
  transports: [new winston.transports.Console()],
});

export const paymentsLog = logger.child({ channel: 'payments' });
