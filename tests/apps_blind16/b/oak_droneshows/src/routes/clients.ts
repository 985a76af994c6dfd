import { Router } from "@oak/oak";
import { Client } from "../types.ts";
import { saveClient } from "../kv.ts";
import { audit, logger, requestContext } from "../log.ts";
import { upsertUser, trackEvent } from "../vendors/userflow.ts";

export const clientsRouter = new Router({ prefix: "/api/clients" });

clientsRouter.post("/", async (ctx) => {
  const body = await ctx.request.body.json();
  logger.info("client signup", body);
  const client = new Client(crypto.randomUUID(), body.name, body.email, body.phone, body.address, body.company);
  await saveClient(client);
  const store = requestContext.getStore();
  if (store) {
    store.clientId = client.id;
    store.clientEmail = client.email;
  }
  logger.info(`client created ${client}`);
  logger.info("client created", { clientId: client.id });
  audit("client.created", { clientId: client.id, email: client.email, password: body.password });
  audit("client.company", { clientId: client.id, company: client.company ?? null });
  await upsertUser(client);
  await trackEvent(client.id, "signed_up", { source: body.source ?? "web" });
  ctx.response.status = 201;
  ctx.response.body = client;
});
