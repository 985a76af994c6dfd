'use strict';

const mongoose = require('mongoose');

const paymentProfileSchema = new mongoose.Schema({
  student: { type: mongoose.Schema.Types.ObjectId, ref: 'Student', index: true },
  cardNo: { type: String, required: true },
  cvc2: { type: String },
  expiry: { type: String, match: /^\d{2}\/\d{2}$/ },
  brand: String,
  funding: { type: String, enum: ['credit', 'debit', 'prepaid'] },
  lastFour: { type: String, maxlength: 4 },
  gatewayCustomerId: String,
  paymentMethodId: String
}, { timestamps: true });

module.exports = mongoose.model('PaymentProfile', paymentProfileSchema);
