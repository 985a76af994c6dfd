import { eq } from "drizzle-orm";
import { createHmac } from "node:crypto";
import { NextRequest, NextResponse } from "next/server";

import { db, schema } from "@/db";
import { createLogger } from "@/lib/logger";
import { sendMail } from "@/lib/mailer";

const log = createLogger("webhooks.payments");

interface TillpointEvent {
  id: string;
  type: "payment_intent.succeeded" | "payment_intent.payment_failed" | "charge.refunded";
  data: { object: { id: string; amount: number; metadata: { reference?: string }; last4?: string; receipt_email?: string } };
}

export async function POST(req: NextRequest) {
  const raw = await req.text();
  const signature = req.headers.get("tillpoint-signature") ?? "";
  const expected = createHmac("sha256", process.env.TILLPOINT_WEBHOOK_SECRET ?? "").update(raw).digest("hex");
  if (signature !== expected) {
    log.warn("payment webhook signature mismatch", { eventLength: raw.length });
    return new NextResponse("bad signature", { status: 400 });
  }
  const event = JSON.parse(raw) as TillpointEvent;
  const obj = event.data.object;
  log.info("payment webhook", { eventId: event.id, type: event.type, intentId: obj.id, amount: obj.amount });

  if (event.type === "payment_intent.succeeded" && obj.metadata.reference?.startsWith("inv-")) {
    const number = obj.metadata.reference.slice(4);
    await db
      .update(schema.invoices)
      .set({ paidAt: new Date(), cardLast4: obj.last4 ?? null })
      .where(eq(schema.invoices.number, number));
    if (obj.receipt_email) {
      await sendMail(obj.receipt_email, `Receipt for invoice ${number}`, `<p>Thank you, we received your payment.</p>`, "invoicePaid");
    }
    log.info("invoice marked paid", { invoiceNumber: number, last4: obj.last4 });
  }
  return NextResponse.json({ received: true });
}
