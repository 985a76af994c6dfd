import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string; clientEmail?: string; ip?: string };

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function withContext<T>(ctx: RequestContext, fn: () => Promise<T>): Promise<T> {
  return requestContext.run(ctx, fn);
}
