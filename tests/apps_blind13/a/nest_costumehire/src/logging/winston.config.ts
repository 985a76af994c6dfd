import { utilities as nestWinstonModuleUtilities, WinstonModuleOptions } from 'nest-winston';
import * as winston from 'winston';
import { requestContext } from './request-context';

const REDACT = new Set(['password', 'cardNumber', 'cvv', 'authorization']);

const redactTopLevel = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (REDACT.has(key)) info[key] = '[redacted]';
  }
  return info;
});

const withRequestContext = winston.format((info) => {
  const ctx = requestContext.getStore();
  if (ctx) {
    info.requestId = ctx.requestId;
    info.customerId = ctx.customerId;
    info.customerEmail = ctx.customerEmail;
    info.ip = ctx.ip;
  }
  return info;
});

export function winstonOptions(level: string): WinstonModuleOptions {
  return {
    level,
    format: winston.format.combine(
      withRequestContext(),
      redactTopLevel(),
      winston.format.timestamp(),
      winston.format.json(),
    ),
    transports: [
      new winston.transports.Console({
        format: process.env.NODE_ENV === 'production' ? undefined : nestWinstonModuleUtilities.format.nestLike('Wardrobe'),
      }),
      new winston.transports.File({ filename: 'logs/app.log', maxsize: 20_000_000, maxFiles: 5 }),
    ],
  };
}
