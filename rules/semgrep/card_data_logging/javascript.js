function pay(req, logger) {
  const { cardNumber, cvc } = req.body;
  // ruleid: card-data-logging-javascript
  console.log("paying with", cardNumber);
  // ruleid: card-data-logging-javascript
  logger.info(`cvc ${cvc}`);
  // ruleid: card-data-logging-javascript
  logger.debug({ pan: req.body.ccNumber });
  // ok: card-data-logging-javascript
  logger.info("paying with card ending", req.body.cardLast4);
  // ok: card-data-logging-javascript
  logger.info("paying with", maskCardNumber(cardNumber));
  // ok: card-data-logging-javascript
  logger.info("cvc length", cvc.length);
  // ok: card-data-logging-javascript
  logger.info("payout card", { last4: cardNumber.slice(-4) });
}
