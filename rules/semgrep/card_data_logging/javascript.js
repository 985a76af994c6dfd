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

router.post("/pledges", async (req, res) => {
  // ruleid: card-data-logging-javascript-whole-object, card-data-logging-javascript-request-body
  log.debug({ payload: req.body }, "pledge received");
  const { amount, card } = req.body;
  await acquirer.post("/auth", { amount, pan: card.number, cvc: card.cvc });
  res.sendStatus(202);
});

router.post("/newsletter", async (req, res) => {
  // ok: card-data-logging-javascript-whole-object
  log.debug({ payload: req.body }, "newsletter signup");
  await lists.add(req.body.email);
});

class RefundService {
  async refund(orderId, dto) {
    // ruleid: card-data-logging-javascript-whole-object
    this.logger.verbose(`refund ${JSON.stringify(dto)}`);
    return this.psp.refund({ orderId, pan: dto.cardNumber });
  }

  async settle(dto) {
    // ok: card-data-logging-javascript-whole-object
    this.logger.verbose(`settle ${JSON.stringify(dto)}`);
    return this.ledger.settle(dto.amount);
  }
}

async function showWallet(paymentMethod) {
  const card = paymentMethod.card;
  // ok: card-data-logging-javascript-whole-object
  logger.info({ card }, "wallet card");
  // ok: card-data-logging-javascript
  logger.info("wallet card", card.brand, card.last4);
}

async function retryHold(hold) {
  const card = hold.card;
  await vault.put(card.cardNumber);
  // ruleid: card-data-logging-javascript, card-data-logging-javascript-whole-object
  logger.warn({ card }, "hold retried");
  // ok: card-data-logging-javascript
  logger.warn({ holder: card.holderName, last4: card.cardNumber.slice(-4) }, "hold retried");
  const reply = await acquirerClient.post("/holds", { pan: card.cardNumber });
  // ok: card-data-logging-javascript
  logger.info({ status: reply.status }, "hold placed");
}

export default class BookingsController {
  async store({ request, response }) {
    const payload = await request.validateUsing(bookingValidator)
    try {
      await vault.save({ number: payload.card.number, cvc: payload.card.cvc })
    } catch (error) {
      // ruleid: card-data-logging-javascript-request-body
      logger.error({ err: error, body: request.body() }, 'could not store card')
      // ok: card-data-logging-javascript-request-body
      logger.error({ err: error, clientId: payload.clientId }, 'could not store card')
      throw error
    }
    return response.created()
  }
}

const notes = async (request, h) => {
  // ok: card-data-logging-javascript-request-body
  log.info({ body: request.payload }, 'note added')
  return notesRepo.add(request.payload.text)
}

const capture = async (request, h) => {
  // ruleid: card-data-logging-javascript
  request.server.log(['billing'], `capture ${request.payload.cardNumber}`);
  return h.response().code(202);
};

function addCard(card) {
  // ok: card-data-logging-javascript
  logger.info({ brandHint: card.ccNum.slice(0, 6) }, 'adding card');
}
