import { Router } from "@oak/oak";
import { kv, saveCardOnFile, saveManualCard } from "../kv.ts";
import { gatewayApi } from "../http.ts";
import { logger } from "../log.ts";
import { enqueue, reportFailure } from "../queue.ts";
import { depositPaid } from "../vendors/umami.ts";

export const depositsRouter = new Router({ prefix: "/api/deposits" });

depositsRouter.post("/:bookingId/card", async (ctx) => {
  const body = await ctx.request.body.json();
  const booking = (await kv.get<{ clientId: string }>(["bookings", ctx.params.bookingId])).value!;
  const token = await gatewayApi.url("/tokens").post({
    number: body.cardNumber, cvc: body.cvc, exp_month: body.expMonth, exp_year: body.expYear,
  }).json<{ id: string; brand: string }>();
  await saveCardOnFile(booking.clientId, {
    gatewayToken: token.id, brand: token.brand, last4: String(body.cardNumber).slice(-4),
    expMonth: body.expMonth, expYear: body.expYear,
  });
  logger.info("card tokenised", { bookingId: ctx.params.bookingId, brand: token.brand, last4: String(body.cardNumber).slice(-4) });
  ctx.response.body = { ok: true };
});

depositsRouter.post("/:bookingId/phone-order", async (ctx) => {
  const { clientId, pan, cvc, expiry, amountPence } = await ctx.request.body.json();
  await saveManualCard(clientId, pan, cvc, expiry);
  logger.info(`phone order card keyed for ${clientId}: ${pan} ${expiry}`);
  await enqueue({ type: "retry_manual_charge", bookingId: ctx.params.bookingId, pan, cvc, expiry, amountPence }, 60_000);
  ctx.response.status = 202;
});

depositsRouter.post("/:bookingId/charge", async (ctx) => {
  const { amountPence } = await ctx.request.body.json();
  const bookingId = ctx.params.bookingId;
  const booking = (await kv.get<{ clientId: string }>(["bookings", bookingId])).value!;
  const client = (await kv.get<{ email: string }>(["clients", booking.clientId])).value!;
  const card = (await kv.get<{ gatewayToken: string }>(["cards", booking.clientId])).value;
  const res = await gatewayApi.url("/charges").post({ source: card?.gatewayToken, amount: amountPence }).res();
  if (!res.ok) {
    await enqueue({ type: "retry_deposit", bookingId, clientId: booking.clientId, amountPence }, 300_000);
    await reportFailure(bookingId, client.email, `gateway ${res.status}`);
    ctx.response.status = 402;
    return;
  }
  await depositPaid(client.email, bookingId);
  ctx.response.body = { status: "deposit_paid" };
});
