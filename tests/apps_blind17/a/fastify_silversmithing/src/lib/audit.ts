import { auditLog } from '../logger.js';

export function audit(action: string, details: Record<string, unknown>): void {
  auditLog.info({ action, ...details }, 'audit');
}
