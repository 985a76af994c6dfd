import bole from 'bole';
import { config } from './config.js';

bole.output({ level: config.logLevel as bole.Level, stream: process.stdout });

export const rootLog = bole('kitehaven');
export const auditLog = bole('kitehaven:audit');

const MASK_KEYS = new Set(['password', 'cardNumber']);

export function redact<T extends Record<string, unknown>>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = MASK_KEYS.has(k) ? '[redacted]' : v;
  return out as T;
}

// One logger per request, named after the request id so lines can be grepped together.
export function requestLogger(requestId: string) {
  return bole(`kitehaven:req:${requestId}`);
}

export function audit(event: string, fields: Record<string, unknown>) {
  auditLog.info({ event, ...fields }, event);
}
