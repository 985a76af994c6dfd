const mongoose = require("mongoose");

const addressSchema = new mongoose.Schema(
  {
    line1: String,
    city: String,
    postcode: String,
    country: { type: String, minlength: 2, maxlength: 2 },
  },
  { _id: false }
);

const userSchema = new mongoose.Schema(
  {
    userEmail: { type: String, required: true, unique: true, lowercase: true },
    displayName: String,
    phone: String,
    dob: Date,
    shippingAddress: addressSchema,
    passwordHash: { type: String, required: true, select: false },
    sellerTaxId: String,
  },
  { timestamps: true }
);

module.exports = mongoose.model("User", userSchema);
