import { Schema, model } from 'mongoose';

const giftVoucherSchema = new Schema({
  code: { type: String, required: true, unique: true, maxlength: 12 },
  product: String,
  purchaserEmail: String,
  redeemedAt: Date,
});

export const GiftVoucher = model('GiftVoucher', giftVoucherSchema);
