import pino from "pino";
import { requestContext } from "./requestContext";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  redact: {
    paths: ["password", "card.number", "card.cvv", "req.headers.authorization"],
    censor: "[redacted]",
  },
  mixin() {
    const ctx = requestContext.getStore();
    return ctx ? { requestId: ctx.requestId, clientEmail: ctx.clientEmail, ip: ctx.ip } : {};
  },
});

export const paymentsLogger = logger.child({ module: "payments" });
