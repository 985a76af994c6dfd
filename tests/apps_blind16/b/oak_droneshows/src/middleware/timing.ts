import type { Context, Next } from "@oak/oak";
import { logger } from "../log.ts";

export async function timing(ctx: Context, next: Next) {
  const started = performance.now();
  await next();
  const ms = Math.round(performance.now() - started);
  ctx.response.headers.set("Server-Timing", `app;dur=${ms}`);
  logger.info("request", { method: ctx.request.method, path: ctx.request.url.pathname, status: ctx.response.status, ms });
}
