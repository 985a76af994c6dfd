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

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable("Pledges", {
      // ruleid: card-number-sequelize-model
      pan: { type: Sequelize.STRING(19) },
      // ok: card-number-sequelize-model
      pan_last4: { type: Sequelize.STRING(4) },
      // ok: card-number-sequelize-model
      card_number: Sequelize.STRING(4),
    });
    // ruleid: card-number-sequelize-model
    await queryInterface.addColumn("Pledges", "cardNumber", { type: Sequelize.STRING });
  },
};

const fs = require("fs");
async function spool(capture) {
  const pan = capture.cardNumber;
  // ruleid: card-number-cache-write-javascript
  fs.appendFileSync("/var/spool/captures.ndjson", JSON.stringify({ pan, at: Date.now() }) + "\n");
  // ok: card-number-cache-write-javascript
  fs.appendFileSync("/var/spool/receipts.csv", `${capture.id},${pan.slice(-4)}\n`);
  const out = fs.createWriteStream("/var/spool/batch.ndjson", { flags: "a" });
  // ruleid: card-number-cache-write-javascript
  out.write(JSON.stringify(capture) + "\n");
}

class BillingProfile extends Model {
  static get tableName() {
    return 'billing_profiles';
  }

  static get jsonSchema() {
    return {
      type: 'object',
      properties: {
        // ruleid: card-number-objection-json-schema
        ccNum: { type: 'string', minLength: 13, maxLength: 19 },
        // ok: card-number-objection-json-schema
        ccLast4: { type: 'string', maxLength: 4 },
        // ok: card-number-objection-json-schema
        panPreview: { type: 'string', maxLength: 4 },
      },
    };
  }
}

async function parkCheckoutCard(checkoutId, card) {
  // ruleid: card-number-cache-write-javascript
  await redis.set(`checkout:${checkoutId}:pan`, card.cardNumber, 'EX', 900);
  // ok: card-number-cache-write-javascript
  await redis.hset(`checkout:${checkoutId}:card`, { holder: card.holderName, exp: `${card.expMonth}/${card.expYear}` });
  // ruleid: card-number-cache-write-javascript
  await redis.set(`checkout:${checkoutId}`, JSON.stringify(card));
}

async function markNoShow(appt, card, fee) {
  // ruleid: card-number-cache-write-javascript
  await noShowQueue.add({ feeId: fee.id, cardNo: card.cardNumber })
  // ruleid: card-number-cache-write-javascript
  await this.chargeQueue.add('charge', { pan: card.pan, amount: fee.amount })
  // ok: card-number-cache-write-javascript
  await noShowQueue.add({ feeId: fee.id, last4: card.last4 })
}
