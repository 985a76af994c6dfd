import winston from 'winston';
import { config } from './config.js';

const REDACTED_KEYS = new Set(['email', 'phone', 'dateOfBirth', 'password', 'cardNumber', 'cvc']);

/** Replaces sensitive top-level meta keys. Nested objects are left as they are (they are usually ids). */
const redact = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (REDACTED_KEYS.has(key)) info[key] = '[REDACTED]';
  }
  return info;
});

export const logger = winston.createLogger({
  level: config.LOG_LEVEL,
  defaultMeta: { service: 'studio-api' },
  format: winston.format.combine(redact(), winston.format.timestamp(), winston.format.errors({ stack: true }), winston.format.json()),
  transports: [new winston.transports.Console()],
});

export type Logger = winston.Logger;
