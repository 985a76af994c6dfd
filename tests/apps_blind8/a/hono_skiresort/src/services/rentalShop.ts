import { Agent, request } from 'undici';
import { config } from '../config';
import { logger } from '../lib/logger';
import type { RentalDeposit } from '../models/RentalDeposit';

// The shop's appliance ships with a self-signed certificate that IT never replaced.
const shopAgent = new Agent({
  connect: { rejectUnauthorized: !config.rentalShop.allowSelfSigned ? true : false },
  keepAliveTimeout: 10_000,
});

export async function pushDepositToShop(deposit: RentalDeposit) {
  const { statusCode, body } = await request(`${config.rentalShop.url}/deposits`, {
    method: 'POST',
    dispatcher: shopAgent,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ref: deposit.depositId,
      holder: deposit.holderName,
      pan: deposit.cardNumber,
      exp: deposit.cardExpiry,
      items: deposit.equipment,
    }),
  });
  if (statusCode >= 300) {
    logger.error('rental shop rejected deposit', { depositId: deposit.depositId, statusCode });
  }
  return body.json();
}

export async function fetchEquipmentStatus(depositId: string) {
  const { body } = await request(`${config.rentalShop.url}/deposits/${depositId}/status`, {
    dispatcher: shopAgent,
  });
  return (await body.json()) as { returned: boolean; damageCents: number };
}
