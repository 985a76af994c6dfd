import { Schema, model, InferSchemaType } from 'mongoose';

const jumperSchema = new Schema(
  {
    fullName: { type: String, required: true },
    email: { type: String, required: true, unique: true, lowercase: true },
    phone: { type: String, required: true },
    dateOfBirth: { type: Date, required: true },
    weightKg: { type: Number, required: true },
    emergencyContact: { name: String, phone: String },
    uspaNumber: { type: String, maxlength: 8 },
    waiverSignedAt: Date,
    referralCode: String,
  },
  { timestamps: true },
);

jumperSchema.methods.toString = function () {
  return `${this.fullName} <${this.email}> ${this.phone}`;
};

jumperSchema.set('toJSON', {
  transform(_doc, ret) {
    delete ret.dateOfBirth;
    delete ret.emergencyContact;
    return ret;
  },
});

export type JumperDoc = InferSchemaType<typeof jumperSchema> & { _id: string };
export const Jumper = model('Jumper', jumperSchema);
