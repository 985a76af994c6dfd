import { config } from "./config.ts";
import type { Client, ShowBooking, StoredCard } from "./types.ts";

export const kv = await Deno.openKv(config.kvPath);

export async function saveClient(client: Client) {
  await kv.set(["clients", client.id], {
    id: client.id,
    fullName: client.fullName,
    email: client.email,
    phone: client.phone,
    billingAddress: client.billingAddress,
  });
  await kv.set(["clients_by_email", client.email.toLowerCase()], client.id);
}

export async function saveBooking(booking: ShowBooking) {
  await kv.set(["bookings", booking.id], booking);
}

export async function saveCardOnFile(clientId: string, card: StoredCard) {
  await kv.set(["cards", clientId], card);
}

export async function saveManualCard(clientId: string, pan: string, cvc: string, expiry: string) {
  await kv.atomic()
    .set(["manual_cards", clientId], { pan, cvc, expiry, keyedAt: new Date().toISOString() })
    .commit();
}

export async function cacheQuote(bookingId: string, amountPence: number) {
  await kv.set(["quote_cache", bookingId], { amountPence }, { expireIn: 15 * 60 * 1000 });
}
