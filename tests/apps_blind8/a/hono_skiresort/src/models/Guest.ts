import * as dynamoose from 'dynamoose';
import { Item } from 'dynamoose/dist/Item';
import { config } from '../config';

export interface Guest extends Item {
  guestId: string;
  email: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  phone?: string;
  country: string;
  photoKey?: string;
  keycardId?: string;
  paymentMethodId?: string;
  cardLast4?: string;
  createdAt?: Date;
}

const GuestSchema = new dynamoose.Schema(
  {
    guestId: { type: String, hashKey: true },
    email: { type: String, index: { name: 'byEmail', type: 'global' } },
    firstName: String,
    lastName: String,
    birthDate: String,
    phone: String,
    country: String,
    photoKey: String,
    keycardId: String,
    paymentMethodId: String,
    cardLast4: { type: String, validate: /^\d{4}$/ },
  },
  { timestamps: true, saveUnknown: false },
);

export const GuestModel = dynamoose.model<Guest>('Guest', GuestSchema, {
  tableName: config.tables.guests,
  create: false,
  waitForActive: false,
});
