import { Router } from "@oak/oak";
import { kv, saveBooking, cacheQuote } from "../kv.ts";
import { logger } from "../log.ts";
import type { ShowBooking } from "../types.ts";
import { Client } from "../types.ts";
import { fileFlightPlan, holdVenue } from "../vendors/flightops.ts";
import { quoteRequested } from "../vendors/umami.ts";

export const showsRouter = new Router({ prefix: "/api/shows" });

showsRouter.post("/", async (ctx) => {
  const body = await ctx.request.body.json();
  const stored = await kv.get<Record<string, string>>(["clients", body.clientId]);
  if (!stored.value) ctx.throw(404, `unknown client ${body.clientId}`);
  const c = stored.value!;
  const client = new Client(c.id, c.fullName, c.email, c.phone, c.billingAddress);
  const booking: ShowBooking = {
    id: crypto.randomUUID(),
    clientId: client.id,
    eventDate: body.eventDate,
    venue: body.venue,
    droneCount: Number(body.droneCount),
    status: "quoted",
  };
  await saveBooking(booking);
  await cacheQuote(booking.id, booking.droneCount * 4500);
  logger.info("show quoted", { bookingId: booking.id, drones: booking.droneCount });
  await quoteRequested(client.email, booking.venue, booking.droneCount);
  await holdVenue(booking, client);
  await fileFlightPlan(booking, client);
  logger.warn(`flight plan filed for ${client.fullName} (${client.phone}) at ${booking.venue}`);
  ctx.response.status = 201;
  ctx.response.body = { id: booking.id };
});
