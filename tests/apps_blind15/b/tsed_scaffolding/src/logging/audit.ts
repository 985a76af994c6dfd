import { log } from "./logger";

const auditLog = log("audit");
const HIDDEN = new Set(["cardNumber", "cvc", "password"]);

export function audit(action: string, fields: Record<string, unknown>): void {
  const safe = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, HIDDEN.has(k) ? "[hidden]" : v]));
  auditLog.info("{action} {fields}", { action, fields: safe });
}
