const mongoose = require("mongoose");

const orderSchema = new mongoose.Schema(
  {
    buyer: { type: mongoose.Schema.Types.ObjectId, ref: "User" },
    items: [{ listing: mongoose.Schema.Types.ObjectId, qty: Number, priceCents: Number }],
    totalCents: Number,
    paymentToken: String,
    cardBin: { type: String, maxlength: 6 },
    cardLastFour: { type: String, maxlength: 4 },
    status: { type: String, enum: ["pending", "paid", "shipped", "refunded"], default: "pending" },
  },
  { timestamps: true }
);

module.exports = mongoose.model("Order", orderSchema);
