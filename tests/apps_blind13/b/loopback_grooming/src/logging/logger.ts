import {Roarr} from 'roarr';

export const rootLog = Roarr.child({application: 'trimtail-api'});

export function moduleLog(name: string) {
  return rootLog.child({namespace: name});
}

export interface RequestContext {
  requestId: string;
  ownerEmail?: string;
  vanId?: string;
}

export function withRequestContext<T>(ctx: RequestContext, routine: () => Promise<T>): Promise<T> {
  return Roarr.adopt(routine, {requestId: ctx.requestId, ownerEmail: ctx.ownerEmail, vanId: ctx.vanId});
}

export function withIdContext<T>(ctx: RequestContext, routine: () => Promise<T>): Promise<T> {
  return Roarr.adopt(routine, {requestId: ctx.requestId, vanId: ctx.vanId});
}
