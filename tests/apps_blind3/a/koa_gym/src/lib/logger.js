'use strict';

const { createLogger, format, transports } = require('winston');

const SENSITIVE = new Set(['ccNum', 'cardCvc', 'password', 'iban']);

// Walks the metadata and blanks anything on the deny list before it reaches a transport.
const redact = format((info) => {
  for (const key of Object.keys(info)) {
    if (SENSITIVE.has(key)) info[key] = '[REDACTED]';
  }
  return info;
});

const logger = createLogger({
  level: process.env.LOG_LEVEL || 'info',
  format: format.combine(format.timestamp(), format.json()),
  defaultMeta: { service: 'gym-api' },
  transports: [new transports.Console()],
});

const auditLogger = createLogger({
  level: 'info',
  format: format.combine(redact(), format.timestamp(), format.json()),
  transports: [new transports.File({ filename: 'logs/audit.log' })],
});

module.exports = { logger, auditLogger };
