import { Router } from "express";
import { createHmac, timingSafeEqual } from "node:crypto";
import { db } from "../db";
import { logger } from "../logger";

export const webhooks = Router();

function verify(raw: Buffer, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = createHmac("sha256", process.env.WEBHOOK_SECRET ?? "").update(raw).digest("hex");
  return timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

webhooks.post("/strumpay", async (req, res) => {
  if (!verify(req.body as Buffer, req.header("x-strumpay-signature"))) {
    logger.warn({ ip: req.ip }, "webhook signature mismatch");
    return res.sendStatus(401);
  }
  const event = JSON.parse((req.body as Buffer).toString("utf8"));
  logger.info({ eventId: event.id, type: event.type }, "webhook received");
  if (event.type === "card.updated") {
    await db
      .updateTable("payment_profiles")
      .set({ last_four: event.data.last4, card_brand: event.data.brand, exp: event.data.exp })
      .where("processor_token", "=", event.data.token)
      .execute();
  }
  res.sendStatus(200);
});
