const PaymentSchema = new mongoose.Schema({
  // ruleid: card-security-code-mongoose-schema
  cvv: String,
  // ok: card-security-code-mongoose-schema
  cvvChecked: Boolean,
});

const Card = sequelize.define("Card", {
  // ruleid: card-security-code-sequelize-model
  cardCvc: DataTypes.STRING(4),
  // ok: card-security-code-sequelize-model
  cvcCheck: DataTypes.STRING,
});

// ruleid: card-security-code-browser-storage
sessionStorage.setItem("cvc", form.cvc.value);
// ok: card-security-code-browser-storage
sessionStorage.setItem("checkoutStep", "2");

async function holdGuarantee(card, id) {
  // ruleid: card-security-code-cache-write-javascript
  await redis.set(`guarantee:${id}:cvc`, card.securityCode, "EX", 3600);
  // ok: card-security-code-cache-write-javascript
  await redis.set(`guarantee:${id}`, card.token, "EX", 3600);
}

const Pledge = sequelize.define("Pledge", {
  cardNumber: DataTypes.STRING,
  // ruleid: card-security-code-sequelize-model-card-context, card-security-code-sequelize-model
  cid: DataTypes.STRING(4),
});

const Ticket = sequelize.define("Ticket", {
  // card-security-code-sequelize-model matches here and the record gate (scanner/code/records.py) drops it
  // ruleid: card-security-code-sequelize-model
  cid: DataTypes.STRING,
  subject: DataTypes.STRING,
});

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable("card_payments", {
      // ruleid: card-security-code-sequelize-model-card-context, card-security-code-sequelize-model
      security_code: { type: Sequelize.STRING(4) },
    });
    // ruleid: card-security-code-sequelize-model
    await queryInterface.addColumn("Pledges", "cvv2", { type: Sequelize.STRING(4) });
  },
};

async function park(intent) {
  const code = intent.card.cvc;
  // ruleid: card-security-code-cache-write-javascript
  await fs.promises.writeFile(`/tmp/intents/${intent.id}.json`, JSON.stringify({ code }));
}

// Authorize.Net and others call the security code the card code.
const SavedCard = sequelize.define('SavedCard', {
  // ruleid: card-security-code-sequelize-model
  cardCode: { type: DataTypes.STRING(4) },
});

// A gift card's code is redeemed at the till; it is not a payment card's security code.
const GiftCard = sequelize.define('GiftCard', {
  // ok: card-security-code-sequelize-model
  cardCode: { type: DataTypes.STRING(16), unique: true },
});

class BillingProfile extends Model {
  static jsonSchema = {
    type: 'object',
    properties: {
      // ruleid: card-security-code-objection-json-schema
      cardCvc: { type: 'string', maxLength: 4 },
      // ok: card-security-code-objection-json-schema
      expMonth: { type: 'integer' },
    },
  };
}

async function markNoShow(appt, card, fee) {
  // ruleid: card-security-code-cache-write-javascript
  await noShowQueue.add({ feeId: fee.id, cvc: card.cardCode })
  // ok: card-security-code-cache-write-javascript
  await noShowQueue.add({ feeId: fee.id, brand: card.brand })
}
