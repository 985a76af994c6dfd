import { logger } from './logger.js';

const auditLog = logger.child({ channel: 'audit' });

export function audit(action: string, actor: { id: string; email?: string }, target: Record<string, unknown>) {
  auditLog.info(action, { actorId: actor.id, actorEmail: actor.email, target });
}
