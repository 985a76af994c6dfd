import type { ObjectId } from 'mongodb';

export interface Client {
  _id?: ObjectId;
  fullName: string;
  email: string;
  phone?: string;
  dateOfBirth: Date;
  idDocument?: { kind: 'passport' | 'driving_licence' | 'citizen_card'; verifiedAt: Date; checkRef: string };
  passwordHash?: string;
  marketingOptIn: boolean;
  createdAt: Date;
}

export interface Booking {
  _id?: ObjectId;
  clientId: ObjectId;
  artistId: string;
  startsAt: Date;
  placement: string;
  status: 'enquiry' | 'deposit_paid' | 'confirmed' | 'done' | 'no_show' | 'cancelled';
  deposit?: { amountPence: number; paymentId: string; cardToken: string; cardLast4: string };
}

export interface CardDetails {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  holder: string;
}

export interface NoShowHold {
  _id?: ObjectId;
  bookingId: ObjectId;
  dayRatePence: number;
  card: CardDetails;
  createdAt: Date;
  releasedAt?: Date;
}

export interface WalkIn {
  _id?: ObjectId;
  artistId: string;
  clientName: string;
  design: string;
  pricePence: number;
  paymentId?: string;
  cardLast4?: string;
  createdAt: Date;
}
