import * as dynamoose from 'dynamoose';
import { Item } from 'dynamoose/dist/Item';
import { config } from '../config';

/**
 * Ski/board rental deposits. The rental shop's old POS could not do pre-authorisations,
 * so the shop keeps the card details until the equipment is back and charges damage later.
 */
export interface RentalDeposit extends Item {
  depositId: string;
  guestId: string;
  equipment: string[];
  cardNumber: string;
  cardExpiry: string;
  cardCvc?: string;
  holderName: string;
  returnedAt?: string;
  ttl?: number;
}

const RentalDepositSchema = new dynamoose.Schema(
  {
    depositId: { type: String, hashKey: true },
    guestId: String,
    equipment: { type: Array, schema: [String] },
    cardNumber: { type: String, required: true },
    cardExpiry: { type: String, required: true },
    cardCvc: String,
    holderName: String,
    returnedAt: String,
    ttl: Number,
  },
  { timestamps: { createdAt: 'createdAt', updatedAt: undefined } },
);

export const RentalDepositModel = dynamoose.model<RentalDeposit>('RentalDeposit', RentalDepositSchema, {
  tableName: config.tables.deposits,
  create: false,
});
