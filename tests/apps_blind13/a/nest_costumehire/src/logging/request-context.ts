import { Injectable, NestMiddleware } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export interface RequestContext {
  requestId: string;
  customerId?: string;
  customerEmail?: string;
  ip?: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction) {
    const ctx: RequestContext = {
      requestId: (req.headers['x-request-id'] as string) ?? randomUUID(),
      customerId: req.headers['x-customer-id'] as string | undefined,
      customerEmail: req.headers['x-customer-email'] as string | undefined,
      ip: req.ip,
    };
    requestContext.run(ctx, () => next());
  }
}
