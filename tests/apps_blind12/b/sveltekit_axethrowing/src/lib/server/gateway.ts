import { corvex, lanes } from './http';
import { integrations } from './config';
import type { CardInput } from './types';
import { log } from './log';

const base = integrations.corvex.baseUrl;

export async function vaultCard(card: CardInput, customerRef: string) {
  const res = await corvex.post(`${base}/vault/cards`).send({
    number: card.cardNumber,
    exp_month: card.expMonth,
    exp_year: card.expYear,
    cvc: card.cvc,
    holder_name: card.holder,
    customer_reference: customerRef
  });
  log.info('card vaulted', { customerRef, last4: res.body.last4, token: res.body.token });
  return res.body as { token: string; last4: string; brand: string };
}

export async function authorise(token: string, amountMinor: number, reference: string) {
  const res = await corvex.post(`${base}/authorisations`).send({ token, amount: amountMinor, currency: 'EUR', reference });
  return res.body as { id: string; status: string };
}

export async function pushLaneRoster(laneId: number, names: string[]) {
  await lanes.post(`${integrations.lanes.baseUrl}/lanes/${laneId}/roster`).send({ names });
}
