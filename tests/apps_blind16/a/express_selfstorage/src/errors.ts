import type { NextFunction, Request, Response } from 'express';
import { logger } from './logger';

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export class DuplicateCustomerError extends HttpError {
  constructor(email: string, phone?: string) {
    super(409, `customer ${email} (${phone ?? 'no phone'}) already has an account`);
  }
}

export class PaymentFailedError extends HttpError {
  constructor(public rentalId: number, reason: string) {
    super(402, `autopay for rental ${rentalId} failed: ${reason}`);
  }
}

export function errorHandler(err: Error, req: Request, res: Response, _next: NextFunction): void {
  if (err instanceof HttpError) {
    logger.warn(err.message, { status: err.status, path: req.path });
    res.status(err.status).json({ error: err.status === 409 ? 'duplicate' : 'request_failed' });
    return;
  }
  logger.error('unhandled error', { name: err.name, stack: err.stack, path: req.path });
  res.status(500).json({ error: 'internal' });
}
