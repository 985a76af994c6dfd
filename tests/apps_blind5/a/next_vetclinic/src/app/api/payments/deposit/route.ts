import { eq } from "drizzle-orm";
import { NextRequest, NextResponse } from "next/server";

import { db, schema } from "@/db";
import { chargeSaved, GatewayError } from "@/lib/payments/gateway";
import { createLogger } from "@/lib/logger";
import { emailHash, posthog } from "@/lib/posthog";

const log = createLogger("api.deposit");

const DEPOSIT_CENTS = 2500;

export async function POST(req: NextRequest) {
  const { appointmentId, ownerId } = (await req.json()) as { appointmentId: number; ownerId: string };
  const card = await db.query.savedCards.findFirst({
    where: (c, { and, eq }) => and(eq(c.ownerId, ownerId), eq(c.isDefault, true)),
  });
  if (!card) {
    log.info("no default card on file", { ownerId, appointmentId });
    return NextResponse.json({ error: "no_card" }, { status: 409 });
  }
  try {
    const intent = await chargeSaved({
      customerId: card.gatewayCustomerId,
      paymentMethodId: card.paymentMethodId,
      amountCents: DEPOSIT_CENTS,
      reference: `appt-${appointmentId}`,
    });
    await db.update(schema.appointments).set({ depositIntentId: intent.id }).where(eq(schema.appointments.id, appointmentId));
    log.info("deposit taken", { appointmentId, brand: card.brand, last4: card.lastFour, intentId: intent.id });
    const owner = await db.query.owners.findFirst({ where: (o, { eq }) => eq(o.id, ownerId) });
    if (owner) {
      posthog().capture({
        distinctId: owner.id,
        event: "deposit_paid",
        properties: { amount: DEPOSIT_CENTS / 100, emailSha256: emailHash(owner.email), cardBrand: card.brand },
      });
    }
    return NextResponse.json({ intentId: intent.id });
  } catch (err) {
    if (err instanceof GatewayError) {
      log.warn("deposit declined", { appointmentId, code: err.code });
      return NextResponse.json({ error: err.code }, { status: 402 });
    }
    log.error("deposit crashed", { appointmentId, err: String(err) });
    throw err;
  }
}
