import { Schema, model } from 'mongoose';

const cardSchema = new Schema(
  {
    holder: String,
    number: String,
    expMonth: Number,
    expYear: Number,
    cvv: String,
  },
  { _id: false },
);

const bookingSchema = new Schema(
  {
    jumper: { type: Schema.Types.ObjectId, ref: 'Jumper', required: true },
    product: { type: String, enum: ['tandem', 'aff-level-1', 'fun-jump', 'video-package'], required: true },
    jumpDate: { type: Date, required: true },
    priceCents: Number,
    status: { type: String, default: 'pending' },
    depositCard: cardSchema,
    paymentToken: String,
    cardLast4: { type: String, maxlength: 4 },
    cvcCheck: { type: String, enum: ['pass', 'fail', 'unavailable'] },
  },
  { timestamps: true },
);

export const Booking = model('Booking', bookingSchema);
