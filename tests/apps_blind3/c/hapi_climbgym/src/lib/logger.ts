import bunyan from 'bunyan';

const redactCard = (card: { last4?: string; brand?: string } | undefined) =>
  card ? { last4: card.last4, brand: card.brand } : undefined;

export const logger = bunyan.createLogger({
  name: 'climbgym-api',
  level: (process.env.LOG_LEVEL as bunyan.LogLevel) ?? 'info',
  serializers: {
    err: bunyan.stdSerializers.err,
    req: bunyan.stdSerializers.req,
    card: redactCard,
  },
});

export const childLogger = (component: string) => logger.child({ component });
