import * as dynamoose from 'dynamoose';
import { Item } from 'dynamoose/dist/Item';
import { config } from '../config';

export interface PassOrder extends Item {
  orderId: string;
  guestId: string;
  product: 'DAY' | 'MULTI' | 'SEASON';
  validFrom: string;
  days: number;
  amountCents: number;
  status: 'PENDING' | 'PAID' | 'REFUNDED';
  chargeId?: string;
  cardBrand?: string;
  cardLast4?: string;
  keycardId?: string;
}

const PassOrderSchema = new dynamoose.Schema(
  {
    orderId: { type: String, hashKey: true },
    guestId: { type: String, index: { name: 'byGuest', type: 'global', rangeKey: 'validFrom' } },
    product: { type: String, enum: ['DAY', 'MULTI', 'SEASON'] },
    validFrom: String,
    days: Number,
    amountCents: Number,
    status: { type: String, default: 'PENDING' },
    chargeId: String,
    cardBrand: String,
    cardLast4: String,
    keycardId: String,
  },
  { timestamps: true },
);

export const PassOrderModel = dynamoose.model<PassOrder>('PassOrder', PassOrderSchema, {
  tableName: config.tables.orders,
  create: false,
});
