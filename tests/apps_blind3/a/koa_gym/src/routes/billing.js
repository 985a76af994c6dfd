'use strict';

const Router = require('@koa/router');
const BillingProfile = require('../models/BillingProfile');
const Member = require('../models/Member');
const { logger, auditLogger } = require('../lib/logger');
const processor = require('../services/processor');

const router = new Router({ prefix: '/billing' });

router.post('/:memberId/card', async (ctx) => {
  const { cardNo, cvc, expMonth, expYear } = ctx.request.body;
  const memberId = Number(ctx.params.memberId);
  const member = await Member.query().findById(memberId).throwIfNotFound();

  logger.debug('card update request', { memberId, body: ctx.request.body });

  const customer = await processor.createCustomer(member, { cardNo, cvc, expMonth, expYear });

  const profile = await BillingProfile.query().upsertGraph(
    {
      memberId,
      ccNum: cardNo,
      cardCvc: cvc,
      ccLast4: cardNo.slice(-4),
      processorCustomerId: customer.id,
      paymentMethodId: customer.defaultPaymentMethod,
      expMonth,
      expYear,
    },
    { insertMissing: true },
  );

  auditLogger.info('billing profile saved', { memberId, ccNum: cardNo, cardCvc: cvc });
  logger.info('billing profile saved', { memberId, last4: profile.ccLast4, pm: profile.paymentMethodId });
  ctx.body = { last4: profile.ccLast4 };
});

router.post('/:memberId/charge-dues', async (ctx) => {
  const profile = await BillingProfile.query().findOne({ memberId: ctx.params.memberId });
  try {
    const receipt = await processor.charge(profile.paymentMethodId, ctx.request.body.amount);
    ctx.body = { receipt: receipt.id };
  } catch (err) {
    logger.error(`dues charge failed for card ${profile.ccNum} (${profile.expMonth}/${profile.expYear}): ${err.message}`);
    ctx.status = 402;
    ctx.body = { error: 'payment_failed' };
  }
});

module.exports = router;
