import crypto from 'crypto';
import { DataTypes } from 'sequelize';
import { sequelize } from './db';
import logger from './logger';

// Charity shop gift cards: a printed code redeemable against a donation, not a payment card.
export const GiftCard = sequelize.define('GiftCard', {
  cardCode: { type: DataTypes.STRING(16), allowNull: false, unique: true },
  balancePence: { type: DataTypes.INTEGER, allowNull: false },
  expiresAt: DataTypes.DATE,
});

export async function issueGiftCard(balancePence) {
  const cardCode = crypto.randomBytes(8).toString('hex').toUpperCase();
  const card = await GiftCard.create({ cardCode, balancePence });
  logger.info({ giftCard: card.id, balancePence }, 'gift card issued');
  return card;
}

export async function redeem(cardCode, amountPence) {
  const card = await GiftCard.findOne({ where: { cardCode } });
  if (!card || card.balancePence < amountPence) {
    logger.warn({ giftCard: card ? card.id : null }, 'gift card redemption refused');
    return false;
  }
  await card.decrement('balancePence', { by: amountPence });
  return true;
}
