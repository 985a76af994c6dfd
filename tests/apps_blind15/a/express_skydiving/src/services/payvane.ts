import { paymentsClient } from '../http/clients.js';
import { logger } from '../logger.js';

export interface CardInput {
  holder: string;
  number: string;
  expMonth: number;
  expYear: number;
  cvv: string;
}

export async function tokenizeCard(card: CardInput): Promise<{ token: string; last4: string; brand: string }> {
  const { data } = await paymentsClient.post('/tokens', { card });
  logger.info({ brand: data.brand, last4: data.last4 }, 'payvane token created');
  return data;
}

export async function authorizeDeposit(token: string, amountCents: number, bookingId: string) {
  const { data } = await paymentsClient.post('/authorizations', { source: token, amount: amountCents, currency: 'usd', metadata: { bookingId } });
  return data;
}
