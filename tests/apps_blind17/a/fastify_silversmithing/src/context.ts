import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  memberId?: number;
  memberEmail?: string;
  clientIp?: string;
}

export const als = new AsyncLocalStorage<RequestContext>();

export function currentContext(): RequestContext | undefined {
  return als.getStore();
}
