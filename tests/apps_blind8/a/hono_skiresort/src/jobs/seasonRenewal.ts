import type { ScheduledHandler } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { GuestModel } from '../models/Guest';
import { PassOrderModel } from '../models/PassOrder';
import { gateway, GatewayError } from '../services/gateway';
import { logger } from '../lib/logger';

const SEASON_START = process.env.SEASON_START ?? '2024-12-07';

/** Early-bird renewal of season passes for guests who saved a payment method. */
export const seasonRenewal: ScheduledHandler = async () => {
  const lastSeason = await PassOrderModel.scan('product').eq('SEASON').and().where('status').eq('PAID').exec();
  let renewed = 0;
  let declined = 0;

  for (const prev of lastSeason) {
    const guest = await GuestModel.get(prev.guestId);
    if (!guest?.paymentMethodId) continue;
    const orderId = randomUUID();
    try {
      const charge = await gateway.chargePaymentMethod(guest.paymentMethodId, 79_000, orderId);
      await PassOrderModel.create({
        orderId, guestId: guest.guestId, product: 'SEASON', validFrom: SEASON_START, days: 150,
        amountCents: 79_000, status: 'PAID', chargeId: charge.id, cardBrand: charge.brand,
        cardLast4: charge.last4, keycardId: guest.keycardId,
      });
      renewed++;
    } catch (err) {
      declined++;
      if (err instanceof GatewayError) {
        logger.warn('season renewal declined', { guestId: guest.guestId, code: err.code, last4: guest.cardLast4 });
      } else {
        logger.error('season renewal failed', { guestId: guest.guestId, error: err as Error });
      }
    }
  }
  logger.info('season renewal run finished', { renewed, declined });
};
