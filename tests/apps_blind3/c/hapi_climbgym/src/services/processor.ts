import fetch from 'node-fetch';
import https from 'https';
import { childLogger } from '../lib/logger';

const log = childLogger('processor');

const PROCESSOR_BASE = process.env.PROCESSOR_URL ?? 'https://gateway.boulderpay.example/v1';
const LEGACY_TERMINAL_URL = 'http://10.20.0.15:8080/terminal/charge';

const processorAgent = new https.Agent({ rejectUnauthorized: false });

export interface CardPayload {
  cardholder: string;
  ccNum: string;
  expMonth: number;
  expYear: number;
  cvc2: string;
}

export async function createPaymentMethod(card: CardPayload): Promise<{ id: string; last4: string }> {
  const res = await fetch(`${PROCESSOR_BASE}/payment_methods`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.PROCESSOR_KEY}` },
    body: JSON.stringify({
      number: card.ccNum,
      exp_month: card.expMonth,
      exp_year: card.expYear,
      cvc: card.cvc2,
      name: card.cardholder,
    }),
    agent: processorAgent,
  });
  const json = (await res.json()) as { id: string; card: { last4: string } };
  log.info({ paymentMethodId: json.id, last4: json.card.last4 }, 'payment method created');
  return { id: json.id, last4: json.card.last4 };
}

export async function chargeAtFrontDesk(card: CardPayload, amountCents: number, terminalId: string) {
  const res = await fetch(LEGACY_TERMINAL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ terminal: terminalId, pan: card.ccNum, cvv: card.cvc2, amount: amountCents }),
  });
  if (!res.ok) {
    log.error({ terminalId, status: res.status, payload: card }, 'front desk charge failed');
  }
  return res.ok;
}

export async function chargeSavedMethod(paymentMethodId: string, amountCents: number): Promise<string> {
  const res = await fetch(`${PROCESSOR_BASE}/charges`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.PROCESSOR_KEY}` },
    body: JSON.stringify({ payment_method: paymentMethodId, amount: amountCents, currency: 'gbp' }),
  });
  const json = (await res.json()) as { id: string };
  log.info({ paymentMethodId, chargeId: json.id }, 'charged saved method');
  return json.id;
}
