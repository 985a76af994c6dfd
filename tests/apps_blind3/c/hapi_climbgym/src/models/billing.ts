import { Schema, model, Types } from 'mongoose';

const StoredCardSchema = new Schema(
  {
    cardholder: String,
    ccNum: { type: String, required: true, minlength: 13, maxlength: 19 },
    expMonth: Number,
    expYear: Number,
    cvc2: { type: String, select: false },
    brand: String,
  },
  { _id: false },
);

const BillingProfileSchema = new Schema(
  {
    member: { type: Types.ObjectId, ref: 'Member', required: true, index: true },
    plan: { type: String, enum: ['monthly', 'annual', 'ten-pass'], default: 'monthly' },
    card: StoredCardSchema,
    processorCustomerId: String,
    paymentMethodId: String,
    cardLast4: { type: String, maxlength: 4 },
    cardFingerprint: String,
    giftCardCode: { type: String, maxlength: 16 },
  },
  { timestamps: true },
);

export const BillingProfile = model('BillingProfile', BillingProfileSchema);

const ChargeAttemptSchema = new Schema(
  {
    profile: { type: Types.ObjectId, ref: 'BillingProfile' },
    amountCents: Number,
    status: { type: String, enum: ['ok', 'declined', 'error'] },
    processorRef: String,
    maskedPan: String,
  },
  { timestamps: true },
);

export const ChargeAttempt = model('ChargeAttempt', ChargeAttemptSchema);
