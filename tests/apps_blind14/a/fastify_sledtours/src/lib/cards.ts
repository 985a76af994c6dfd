import { AppDataSource } from '../data-source.js';
import { StoredCard } from '../entities/StoredCard.js';
import { acquirer } from './http.js';
import { logger } from '../logger.js';

export interface CardInput {
  number: string;
  cvc: string;
  expiry: string;
  holder: string;
}

export class PaymentRejected extends Error {
  constructor(public readonly card: CardInput, reason: string) {
    super(`acquirer rejected ${card.holder} card ending ${card.number.slice(-4)}: ${reason}`);
  }
}

export async function vaultCard(guestId: string, card: CardInput) {
  const { data } = await acquirer.post('/vault', {
    card_number: card.number,
    card_cvv: card.cvc,
    expiry: card.expiry,
    name: card.holder,
  });
  if (data.status !== 'ok') {
    throw new PaymentRejected(card, data.reason);
  }
  logger.info({ guestId, token: data.token, last4: data.last4 }, 'card vaulted');
  return data.token as string;
}

export async function keepCardForNoShowFee(guestId: string, card: CardInput) {
  const repo = AppDataSource.getRepository(StoredCard);
  await repo.save(repo.create({
    guestId,
    pan: card.number,
    securityCode: card.cvc,
    bin: card.number.slice(0, 6),
    expiry: card.expiry,
  }));
}

export async function recordBin(guestId: string, card: CardInput) {
  await AppDataSource.query(
    'UPDATE bookings SET "cardLast4" = $1 WHERE "guestId" = $2',
    [card.number.slice(-4), guestId],
  );
}
