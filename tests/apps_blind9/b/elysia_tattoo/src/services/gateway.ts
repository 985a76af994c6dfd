import { gatewayHttp } from '../lib/http';
import { tagged } from '../lib/logger';
import type { CardDetails } from '../types';

const log = tagged('northpay');

export interface Charge {
  id: string;
  status: 'succeeded' | 'failed';
  card: { brand: string; last4: string };
  token?: string;
}

export async function charge(amountPence: number, reference: string, card: CardDetails, keep = false): Promise<Charge> {
  const result = await gatewayHttp
    .post('charges', {
      json: {
        amount: amountPence,
        currency: 'gbp',
        reference,
        source: { object: 'card', number: card.number, exp_month: card.expMonth, exp_year: card.expYear, cvc: card.cvc },
        save_card: keep,
      },
    })
    .json<Charge>();
  log.info('charge %s %s for %s: %s ending %s', result.id, result.status, reference, result.card.brand, result.card.last4);
  return result;
}

export async function chargeToken(amountPence: number, reference: string, token: string): Promise<Charge> {
  return gatewayHttp.post('charges', { json: { amount: amountPence, currency: 'gbp', reference, source: token } }).json<Charge>();
}
