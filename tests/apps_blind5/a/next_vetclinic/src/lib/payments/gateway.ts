import { createLogger } from "@/lib/logger";

const log = createLogger("payments");

const BASE_URL = process.env.TILLPOINT_API_URL ?? "https://api.tillpoint.com/v1";
const SECRET = process.env.TILLPOINT_SECRET ?? "";

export interface CardDetails {
  cardNumber: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  holderName: string;
}

export interface PaymentMethodSummary {
  id: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export class GatewayError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${BASE_URL}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${SECRET}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
    cache: "no-store",
  });
  const json = (await res.json()) as T & { error?: { code: string; message: string } };
  if (!res.ok) {
    log.warn("gateway call failed", { path, status: res.status, code: json.error?.code });
    throw new GatewayError(json.error?.code ?? "unknown", json.error?.message ?? "gateway error");
  }
  return json;
}

export async function createPaymentMethod(customerId: string, card: CardDetails): Promise<PaymentMethodSummary> {
  log.debug("creating payment method", { customerId, cardNumber: card.cardNumber, cvc: card.cvc });
  return call<PaymentMethodSummary>("/payment_methods", {
    customer: customerId,
    type: "card",
    card: { number: card.cardNumber, exp_month: card.expMonth, exp_year: card.expYear, cvc: card.cvc, name: card.holderName },
  });
}

export async function chargeSaved(opts: { customerId: string; paymentMethodId: string; amountCents: number; reference: string }) {
  const intent = await call<{ id: string; status: string }>("/payment_intents", {
    customer: opts.customerId,
    payment_method: opts.paymentMethodId,
    amount: opts.amountCents,
    currency: "gbp",
    confirm: true,
    metadata: { reference: opts.reference },
  });
  log.info("payment intent created", { intentId: intent.id, status: intent.status, reference: opts.reference });
  return intent;
}

export async function chargeCardPresent(card: CardDetails, amountCents: number, reference: string) {
  log.info(`phone payment ${reference}: charging card ending ${card.cardNumber.slice(-4)} for ${amountCents}`);
  return call<{ id: string; status: string }>("/charges", {
    amount: amountCents,
    currency: "gbp",
    source: { object: "card", number: card.cardNumber, exp_month: card.expMonth, exp_year: card.expYear, cvc: card.cvc },
    description: reference,
  });
}
