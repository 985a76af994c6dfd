import { Application } from "@oak/oak";
import { config } from "./src/config.ts";
import { logger, requestContext } from "./src/log.ts";
import { startWorker } from "./src/queue.ts";
import { timing } from "./src/middleware/timing.ts";
import { clientsRouter } from "./src/routes/clients.ts";
import { showsRouter } from "./src/routes/shows.ts";
import { depositsRouter } from "./src/routes/deposits.ts";
import { webhooksRouter } from "./src/routes/webhooks.ts";

const app = new Application();

app.use(async (ctx, next) => {
  const store = { requestId: ctx.request.headers.get("x-request-id") ?? crypto.randomUUID(), ip: ctx.request.ip };
  await requestContext.run(store, next);
});

app.use(timing);

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    logger.error(`request failed: ${err instanceof Error ? err.message : err}`, { path: ctx.request.url.pathname });
    ctx.response.status = 500;
    ctx.response.body = { error: "internal" };
  }
});

for (const r of [clientsRouter, showsRouter, depositsRouter, webhooksRouter]) {
  app.use(r.routes());
  app.use(r.allowedMethods());
}

startWorker();
logger.info(`skylume api listening on ${config.port}`);
await app.listen({ port: config.port });
