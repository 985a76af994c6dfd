import * as log from "@std/log";
import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestContext {
  requestId: string;
  clientId?: string;
  clientEmail?: string;
  ip?: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

function jsonFormatter(record: log.LogRecord): string {
  const ctx = requestContext.getStore();
  return JSON.stringify({
    ts: record.datetime.toISOString(),
    level: record.levelName,
    logger: record.loggerName,
    msg: record.msg,
    args: record.args,
    ...ctx,
  });
}

log.setup({
  handlers: {
    console: new log.ConsoleHandler("INFO", { formatter: jsonFormatter, useColors: false }),
    audit: new log.FileHandler("INFO", { filename: "./logs/audit.log", formatter: jsonFormatter }),
  },
  loggers: {
    default: { level: "INFO", handlers: ["console"] },
    audit: { level: "INFO", handlers: ["audit"] },
  },
});

export const logger = log.getLogger();
const auditLogger = log.getLogger("audit");

const REDACT = new Set(["password", "cardNumber", "cvc"]);

export function audit(action: string, fields: Record<string, unknown>) {
  const safe = Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, REDACT.has(k) ? "[redacted]" : v]),
  );
  auditLogger.info(action, safe);
}
