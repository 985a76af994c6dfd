const express = require("express");
const https = require("https");
const logger = require("./logger");

const router = express.Router();
const insecureAgent = new https.Agent({ rejectUnauthorized: false }); // expect: insecure_transport

router.post("/signup", async (req, res) => {
  const { email, phone, password } = req.body;
  logger.info(`signup ${email}`); // expect: pii_logging
  logger.debug("signup body", req.body); // expect: pii_logging
  logger.info("signup phone provided", phone !== undefined);
  logger.info("password policy check passed");
  analytics.identify(req.user.id, { email, plan: "free" }); // expect: pii_to_third_party
  analytics.track("Signed Up", { plan: "free" });
  res.json({ ok: true });
});

router.post("/pay", async (req, res) => {
  const { cardNumber, cvc } = req.body;
  console.log("paying with card", cardNumber); // expect: card_data_logging
  console.log("cvc length", cvc.length);
  logger.info("paying with", maskCardNumber(cardNumber));
  const r = await fetch("https://api.gateway.example.com/charges", { method: "POST", body: JSON.stringify({ cardNumber, cvc }) });
  await fetch("http://legacy-crm.example.com/contacts", { method: "POST", body: JSON.stringify({ email: req.user.email }) }); // expect: insecure_transport
  res.json(await r.json());
});

module.exports = router;
