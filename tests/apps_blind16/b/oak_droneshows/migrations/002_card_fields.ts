// 002: move keyed phone-order cards out of the booking records (SKY-88)
const kv = await Deno.openKv(Deno.env.get("KV_PATH") ?? "./data/skylume.kv");

let moved = 0;
for await (const entry of kv.list<Record<string, unknown>>({ prefix: ["bookings"] })) {
  const b = entry.value;
  if (b.cardNumber) {
    const clientId = String(b.clientId);
    await kv.atomic()
      .set(["manual_cards", clientId], { pan: b.cardNumber, cvc: b.cardCvc, expiry: b.cardExpiry })
      .set(entry.key, { ...b, cardNumber: undefined, cardCvc: undefined, cardExpiry: undefined })
      .commit();
    moved++;
  }
}
console.log(`moved ${moved} keyed cards`);
