import { Router } from "express";
import { logger } from "../logger";
import { PaymentService, type CardInput } from "../services/payments";

export const billing = Router();
const payments = new PaymentService();

billing.post("/students/:id/cards", async (req, res) => {
  const card: CardInput = {
    ccNum: req.body.ccNum,
    expiry: req.body.expiry,
    securityCode: req.body.securityCode,
    nameOnCard: req.body.nameOnCard,
  };
  logger.info({ card: { number: card.ccNum, brandHint: card.ccNum.slice(0, 6) } }, "adding card");
  try {
    const profileId = await payments.saveCard(Number(req.params.id), card);
    res.status(201).json({ profileId });
  } catch (err) {
    logger.error(`card save failed for ${card.nameOnCard} cvc=${card.securityCode}`);
    await payments.retryDeclined(Number(req.params.id), card);
    res.status(402).json({ error: "declined" });
  }
});

billing.post("/invoices/:number/pay", async (req, res) => {
  const chargeId = await payments.charge(req.body.profileId, req.body.amountCents, req.params.number);
  logger.info({ invoice: req.params.number, chargeId }, "invoice paid");
  res.json({ chargeId });
});
