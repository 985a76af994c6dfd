import Redis from 'ioredis';
import type { CardPayload } from './processor';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379/2');

export async function holdDayPassCard(sessionId: string, card: CardPayload): Promise<void> {
  await redis.set(
    `daypass:card:${sessionId}`,
    JSON.stringify({ holder: card.cardholder, number: card.ccNum, exp: `${card.expMonth}/${card.expYear}` }),
    'EX',
    600,
  );
}

export async function holdDayPassCode(sessionId: string, cvc2: string): Promise<void> {
  await redis.hset(`daypass:verify:${sessionId}`, 'cvc2', cvc2);
  await redis.expire(`daypass:verify:${sessionId}`, 600);
}

export async function rememberCheckInKeyCard(memberId: string, keyCardSerial: string): Promise<void> {
  await redis.set(`keycard:${keyCardSerial}`, memberId, 'EX', 43200);
}

export async function cachePaymentMethod(memberId: string, paymentMethodId: string, last4: string): Promise<void> {
  await redis.hset(`pm:${memberId}`, { paymentMethodId, last4 });
}
