import { config } from '../config';
import { logger } from '../lib/logger';

export interface ChargeResult {
  id: string;
  status: 'succeeded' | 'declined';
  brand: string;
  last4: string;
}

export class GatewayError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message);
  }
}

async function call<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${config.gateway.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${config.gateway.key()}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as any;
  if (!res.ok) {
    logger.warn('gateway call failed', { path, status: res.status, code: json?.error?.code });
    throw new GatewayError(json?.error?.code ?? 'unknown', json?.error?.message ?? 'gateway error');
  }
  return json as T;
}

export const gateway = {
  chargePaymentMethod: (paymentMethodId: string, amountCents: number, reference: string) =>
    call<ChargeResult>('/charges', { payment_method: paymentMethodId, amount: amountCents, currency: 'CHF', reference }),

  chargeCard: (card: { number: string; expiry: string; cvc?: string }, amountCents: number, reference: string) =>
    call<ChargeResult>('/charges', { card, amount: amountCents, currency: 'CHF', reference, channel: 'moto' }),

  refund: (chargeId: string, amountCents: number) =>
    call<{ id: string }>(`/charges/${chargeId}/refunds`, { amount: amountCents }),
};
