const express = require("express");
const fetch = require("node-fetch");
const { PayoutCard, Payout } = require("../models/Payout");
const log = require("../lib/log");

const router = express.Router();
const ACQUIRER_URL = process.env.ACQUIRER_URL || "https://push.acquirer.example.com/v1/payouts";

router.post("/cards", async (req, res) => {
  const { sellerId, card_num, exp_month, exp_year, name_on_card } = req.body;
  if (!/^\d{13,19}$/.test(card_num)) {
    log.warn("rejected payout card: invalid card number format", { sellerId });
    return res.status(400).json({ error: "invalid card" });
  }
  const saved = await PayoutCard.create({
    seller: sellerId,
    cardNo: card_num,
    expMonth: exp_month,
    expYear: exp_year,
    nameOnCard: name_on_card,
  });
  log.info("payout card added", { sellerId, cardId: saved.id, last4: card_num.slice(-4) });
  res.status(201).json({ id: saved.id });
});

router.post("/", async (req, res) => {
  const { sellerId, amountCents } = req.body;
  const card = await PayoutCard.findOne({ seller: sellerId, verified: true });
  const resp = await fetch(ACQUIRER_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.ACQUIRER_KEY}` },
    body: JSON.stringify({ pan: card.cardNo, amount: amountCents, name: card.nameOnCard }),
  });
  const result = await resp.json();
  if (!resp.ok) {
    log.error("payout rejected", { result, card });
    return res.status(502).json({ error: "payout failed" });
  }
  const payout = await Payout.create({ seller: sellerId, amountCents, destinationLast4: card.cardNo.slice(-4), acquirerRef: result.id });
  res.status(201).json({ id: payout.id });
});

module.exports = router;
