import { logger } from "./logger";

const auditLog = logger.child({ channel: "audit" });

export function audit(action: string, actorId: string, details: Record<string, unknown> = {}) {
  auditLog.info({ action, actorId, ...details }, "audit");
}
