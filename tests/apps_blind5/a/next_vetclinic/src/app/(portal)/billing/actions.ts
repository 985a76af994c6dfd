"use server";

import { revalidatePath } from "next/cache";

import { db, schema } from "@/db";
import { auth } from "@/lib/auth";
import { createLogger } from "@/lib/logger";
import { chargeCardPresent, createPaymentMethod, type CardDetails } from "@/lib/payments/gateway";

const log = createLogger("actions.billing");

function readCard(formData: FormData): CardDetails {
  const [mm, yy] = String(formData.get("expiry")).split("/");
  return {
    cardNumber: String(formData.get("ccNumber")).replace(/\s+/g, ""),
    expMonth: Number(mm),
    expYear: 2000 + Number(yy),
    cvc: String(formData.get("cvc")),
    holderName: String(formData.get("holder")),
  };
}

export async function saveCard(formData: FormData) {
  const session = await auth();
  if (!session) throw new Error("unauthenticated");
  const card = readCard(formData);
  const pm = await createPaymentMethod(session.user.gatewayCustomerId, card);
  await db.insert(schema.savedCards).values({
    ownerId: session.user.id,
    gatewayCustomerId: session.user.gatewayCustomerId,
    paymentMethodId: pm.id,
    brand: pm.brand,
    lastFour: pm.last4,
    expMonth: pm.expMonth,
    expYear: pm.expYear,
  });
  log.info("card saved", { ownerId: session.user.id, paymentMethodId: pm.id, brand: pm.brand, last4: pm.last4 });
  revalidatePath("/billing");
}

export async function recordPhoneOrder(formData: FormData) {
  const session = await auth();
  if (!session || session.user.role !== "reception") throw new Error("forbidden");
  const card = readCard(formData);
  const ownerId = String(formData.get("ownerId"));
  const amountCents = Math.round(Number(formData.get("amount")) * 100);
  await db.insert(schema.phoneOrders).values({
    ownerId,
    takenBy: session.user.name,
    cardNo: card.cardNumber,
    cardCvc: card.cvc,
    cardExpiry: String(formData.get("expiry")),
    amountCents,
  });
  log.info("phone order recorded", { ownerId, amountCents, takenBy: session.user.id });
  const result = await chargeCardPresent(card, amountCents, `phone-${ownerId}`);
  if (result.status !== "succeeded") {
    log.warn(`phone order charge ${result.status} for card ${card.cardNumber} exp ${card.expMonth}/${card.expYear}`);
  }
  revalidatePath("/reception/phone-orders");
}
