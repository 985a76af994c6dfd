import type { ScheduledHandler } from 'aws-lambda';
import { RentalDepositModel } from '../models/RentalDeposit';
import { fetchEquipmentStatus } from '../services/rentalShop';
import { gateway } from '../services/gateway';
import { logger } from '../lib/logger';

/** Nightly: charge damage on returned equipment, then drop the card details. */
export const expireDeposits: ScheduledHandler = async () => {
  const open = await RentalDepositModel.scan('returnedAt').not().exists().exec();
  logger.info('open deposits', { count: open.count });

  for (const deposit of open) {
    const status = await fetchEquipmentStatus(deposit.depositId);
    if (!status.returned) continue;
    if (status.damageCents > 0) {
      try {
        await gateway.chargeCard({ number: deposit.cardNumber, expiry: deposit.cardExpiry, cvc: deposit.cardCvc },
          status.damageCents, `DMG-${deposit.depositId}`);
      } catch (err) {
        logger.error('damage charge failed', { deposit: deposit.toJSON(), error: (err as Error).message });
        continue;
      }
    }
    await RentalDepositModel.update({ depositId: deposit.depositId },
      { returnedAt: new Date().toISOString(), cardNumber: '', cardCvc: undefined });
  }
};
