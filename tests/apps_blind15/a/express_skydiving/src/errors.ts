import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import { logger } from './logger.js';

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (err instanceof ZodError) {
    logger.warn({ issues: err.issues.map((i) => i.path.join('.')) }, 'validation failed');
    return res.status(422).json({ error: 'invalid input' });
  }
  logger.error({ path: req.path }, err.message);
  res.status(err.status ?? 500).json({ error: 'request failed' });
};
