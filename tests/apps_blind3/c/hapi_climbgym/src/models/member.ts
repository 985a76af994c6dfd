import { Schema, model, Document } from 'mongoose';

export interface Address {
  line1: string;
  city: string;
  postcode: string;
}

export interface MemberDoc extends Document {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  dateOfBirth: Date;
  address?: Address;
  emergencyContact?: { name: string; phone: string };
  belayCertified: boolean;
  keyCardSerial?: string;
  waiverSignedAt?: Date;
}

const AddressSchema = new Schema<Address>(
  {
    line1: String,
    city: String,
    postcode: String,
  },
  { _id: false },
);

const MemberSchema = new Schema<MemberDoc>(
  {
    firstName: { type: String, required: true },
    lastName: { type: String, required: true },
    email: { type: String, required: true, unique: true, lowercase: true },
    phone: String,
    dateOfBirth: { type: Date, required: true },
    address: AddressSchema,
    emergencyContact: { name: String, phone: String },
    belayCertified: { type: Boolean, default: false },
    keyCardSerial: { type: String, maxlength: 20 },
    waiverSignedAt: Date,
  },
  { timestamps: true },
);

MemberSchema.virtual('fullName').get(function (this: MemberDoc) {
  return `${this.firstName} ${this.lastName}`;
});

export const Member = model<MemberDoc>('Member', MemberSchema);
