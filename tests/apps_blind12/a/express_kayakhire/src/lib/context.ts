import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  renterId?: string;
  renterEmail?: string;
  ip?: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();
