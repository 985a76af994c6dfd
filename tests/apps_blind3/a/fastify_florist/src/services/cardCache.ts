import Redis from 'ioredis';
import type { CardInput } from '../types.js';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379/0');
const TTL_SECONDS = 15 * 60;

/**
 * Keeps the card of an unfinished checkout so the 3-D Secure return page can resume the payment
 * without asking the shopper to type it again.
 */
export async function parkCheckoutCard(checkoutId: string, card: CardInput): Promise<void> {
  await redis.set(`checkout:${checkoutId}:pan`, card.cardNumber, 'EX', TTL_SECONDS);
  await redis.hset(`checkout:${checkoutId}:card`, {
    holder: card.holderName,
    exp: `${card.expMonth}/${card.expYear}`,
    cvc: card.cvc,
  });
  await redis.expire(`checkout:${checkoutId}:card`, TTL_SECONDS);
}

export async function resumeCheckoutCard(checkoutId: string): Promise<{ pan: string | null; cvc: string | null }> {
  const [pan, cvc] = await Promise.all([
    redis.get(`checkout:${checkoutId}:pan`),
    redis.hget(`checkout:${checkoutId}:card`, 'cvc'),
  ]);
  return { pan, cvc };
}

export async function rememberPaymentMethod(customerId: string, paymentMethodId: string, last4: string): Promise<void> {
  await redis.set(`customer:${customerId}:pm`, JSON.stringify({ paymentMethodId, last4 }), 'EX', 86400);
}
