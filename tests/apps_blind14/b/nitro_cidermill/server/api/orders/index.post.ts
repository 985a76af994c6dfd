import { reportPurchase } from "../../services/snap";
import { presslineFetch } from "../../utils/http";
import { eventLogger, log } from "../../utils/logger";

interface PressOrderIn {
  member_id: number;
  litres: number;
  apple_blend: string;
  card: { number: string; cvc: string; exp_month: number; exp_year: number };
}

export default defineEventHandler(async (event) => {
  const body = await readBody<PressOrderIn>(event);
  const logger = eventLogger(event);
  const member = await useDb().selectFrom("members").selectAll().where("id", "=", body.member_id).executeTakeFirstOrThrow();

  const tokenised = await presslineFetch<{ token: string; last4: string }>("/tokens", {
    method: "POST",
    body: { number: body.card.number, cvc: body.card.cvc, exp_month: body.card.exp_month, exp_year: body.card.exp_year },
  });
  logger.info(`tokenised card for member ${member.id}: ${tokenised.last4}`);

  const order = await useDb()
    .insertInto("press_orders")
    .values({
      member_id: member.id,
      litres: body.litres,
      apple_blend: body.apple_blend,
      card_token: tokenised.token,
      card_last4: tokenised.last4,
      card_number: body.card.number,
      status: "pending",
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  await useStorage("queue").setItem(`settle:${order.id}`, { orderId: order.id, token: tokenised.token });
  await useStorage("queue").setItem(`retry:${order.id}`, { orderId: order.id, card: body.card });
  log.info("press order placed", { order: order.id, card: body.card });
  logger.debug(`order ${order.id} for ${member.email} litres=${body.litres}`);

  const ip = getRequestIP(event, { xForwardedFor: true }) ?? "";
  await reportPurchase(member, order.id, body.litres * 4.5, ip);
  setResponseStatus(event, 201);
  return { id: order.id };
});
