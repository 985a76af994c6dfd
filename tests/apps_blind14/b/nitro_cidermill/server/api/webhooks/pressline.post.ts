import { createHmac, timingSafeEqual } from "node:crypto";
import { log } from "../../utils/logger";

interface PresslineEvent {
  type: string;
  data: { order_ref: string; token: string; last4: string; payer: { name: string; email: string }; raw_card?: { number: string; cvc: string } };
}

export default defineEventHandler(async (event) => {
  const raw = (await readRawBody(event)) ?? "";
  const sig = getRequestHeader(event, "x-pressline-signature") ?? "";
  const expected = createHmac("sha256", useRuntimeConfig().pressline.webhookSecret).update(raw).digest("hex");
  if (sig.length !== expected.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) {
    log.warn("pressline webhook rejected: bad signature");
    throw createError({ statusCode: 401 });
  }
  const evt = JSON.parse(raw) as PresslineEvent;
  log.info(`pressline ${evt.type} for ${evt.data.order_ref} paid by ${evt.data.payer.name} <${evt.data.payer.email}>`);
  if (evt.data.raw_card) {
    log.debug("pressline raw card echo", evt.data.raw_card);
  }
  await useDb().updateTable("press_orders").set({ status: evt.type === "payment.succeeded" ? "paid" : "failed" }).where("card_token", "=", evt.data.token).execute();
  log.info(`pressline ${evt.type} order=${evt.data.order_ref} card ending ${evt.data.last4}`);
  return { ok: true };
});
