import pino from 'pino';

const logger = pino({
  level: process.env.LOG_LEVEL || 'info',
  redact: {
    paths: ['email', 'donor.email', 'req.headers.authorization', 'req.headers.cookie'],
    censor: '[redacted]',
  },
});

export default logger;
