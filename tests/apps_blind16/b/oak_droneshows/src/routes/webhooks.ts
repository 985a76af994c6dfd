import { Router } from "@oak/oak";
import { kv } from "../kv.ts";
import { logger } from "../log.ts";

export const webhooksRouter = new Router({ prefix: "/webhooks" });

webhooksRouter.post("/voltpay", async (ctx) => {
  const event = await ctx.request.body.json();
  logger.info("voltpay webhook", { type: event.type, id: event.id });
  if (event.type === "card.updated") {
    await kv.set(["cards", event.data.customer_ref], {
      gatewayToken: event.data.token,
      brand: event.data.brand,
      last4: event.data.last4,
      expMonth: event.data.exp_month,
      expYear: event.data.exp_year,
    });
  }
  if (event.type === "charge.disputed") {
    logger.warn("dispute opened", event.data);
  }
  ctx.response.status = 204;
});
