const mongoose = require("mongoose");
const { DataTypes } = require("sequelize");

const PaymentSchema = new mongoose.Schema({
  // ruleid: card-number-mongoose-schema
  cardNumber: { type: String, required: true },
  // ok: card-number-mongoose-schema
  cardLast4: String,
  // ok: card-number-mongoose-schema
  cardToken: String,
});

const Masked = new Schema({
  // ok: card-number-mongoose-schema
  cardNumber: { type: String, set: encryptField },
});

const Card = sequelize.define("Card", {
  // ruleid: card-number-sequelize-model
  ccNumber: DataTypes.STRING,
  // ruleid: card-number-sequelize-model
  pan: { type: DataTypes.STRING(19), allowNull: false },
  // ok: card-number-sequelize-model
  card_number: { type: DataTypes.STRING(4) },
  // ok: card-number-sequelize-model
  maskedPan: DataTypes.STRING,
});

Order.init({
  // ruleid: card-number-sequelize-model
  credit_card_number: DataTypes.STRING,
  // ok: card-number-sequelize-model
  cardBrand: DataTypes.STRING,
}, { sequelize });

// ruleid: card-number-browser-storage
localStorage.setItem("cardNumber", form.cardNumber.value);
// ok: card-number-browser-storage
localStorage.setItem("cardLast4", last4);
