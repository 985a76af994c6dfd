import { config } from "../config.ts";
import { umamiApi } from "../http.ts";
import { encodeHex } from "@std/encoding/hex";

async function sha256(value: string) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value.trim().toLowerCase()));
  return encodeHex(digest);
}

export async function sendEvent(name: string, data: Record<string, string | number>) {
  await umamiApi.url("/api/send").post({
    type: "event",
    payload: { website: config.umami.websiteId, hostname: "skylume.show", url: "/book", name, data },
  }).res();
}

export async function quoteRequested(email: string, venue: string, drones: number) {
  await sendEvent("quote_requested", { venue, drones, email });
}

export async function depositPaid(email: string, bookingId: string) {
  await sendEvent("deposit_paid", { booking: bookingId, email_hash: await sha256(email) });
}
