'use strict';

const mongoose = require('mongoose');

const giftVoucherSchema = new mongoose.Schema({
  code: { type: String, required: true, unique: true, minlength: 16, maxlength: 16 },
  balanceCents: { type: Number, default: 0 },
  purchaserId: { type: mongoose.Schema.Types.ObjectId, ref: 'Student' },
  redeemed: { type: Boolean, default: false }
});

module.exports = mongoose.model('GiftVoucher', giftVoucherSchema);
