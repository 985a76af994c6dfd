import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: {
    paths: ['req.headers.authorization', 'card.number', 'card.cvc', '*.password'],
    censor: '[redacted]',
  },
  serializers: {
    req(req) {
      return { method: req.method, url: req.url, id: req.id };
    },
  },
});

export function guestLogger(guest: { id: string; email: string }) {
  return logger.child({ guestId: guest.id, guestEmail: guest.email });
}

export function bookingLogger(bookingId: string) {
  return logger.child({ bookingId });
}

export function audit(event: string, details: Record<string, unknown>) {
  logger.info({ audit: true, event, ...details }, `audit ${event}`);
}
