const mongoose = require("mongoose");
const { DataTypes } = require("sequelize");
const sequelize = require("./db");

const CustomerSchema = new mongoose.Schema({
  email: { type: String, required: true },
  name: String,
  cardNumber: { type: String, required: true }, // expect: card_number_storage
  cardToken: String,
  cardLast4: String,
});

const LegacyCard = sequelize.define("LegacyCard", {
  ccNumber: DataTypes.STRING, // expect: card_number_storage
  cvc: DataTypes.STRING(4), // expect: card_security_code_storage
  maskedPan: DataTypes.STRING,
  panLast4: DataTypes.STRING(4),
});

const Receipt = sequelize.define("Receipt", {
  cardNumber: DataTypes.STRING(4),
  total: DataTypes.DECIMAL,
});

module.exports = { Customer: mongoose.model("Customer", CustomerSchema), LegacyCard, Receipt };
