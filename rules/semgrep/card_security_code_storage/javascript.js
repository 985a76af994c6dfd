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
