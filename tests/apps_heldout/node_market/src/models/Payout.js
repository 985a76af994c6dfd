const mongoose = require("mongoose");

// Sellers get paid out to a debit card (push-to-card) through the acquirer.
const payoutCardSchema = new mongoose.Schema({
  seller: { type: mongoose.Schema.Types.ObjectId, ref: "User", index: true },
  cardNo: { type: String, required: true },
  expMonth: Number,
  expYear: Number,
  nameOnCard: String,
  verified: { type: Boolean, default: false },
});

const payoutSchema = new mongoose.Schema(
  {
    seller: { type: mongoose.Schema.Types.ObjectId, ref: "User" },
    amountCents: Number,
    currency: { type: String, default: "usd" },
    destinationLast4: { type: String, maxlength: 4 },
    acquirerRef: String,
  },
  { timestamps: true }
);

module.exports = {
  PayoutCard: mongoose.model("PayoutCard", payoutCardSchema),
  Payout: mongoose.model("Payout", payoutSchema),
};
