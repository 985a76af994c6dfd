import type { ServerRoute, Request } from '@hapi/hapi';
import Boom from '@hapi/boom';
import { BillingProfile, ChargeAttempt } from '../models/billing';
import { Member } from '../models/member';
import { chargeAtFrontDesk, chargeSavedMethod, createPaymentMethod, type CardPayload } from '../services/processor';
import { holdDayPassCard, holdDayPassCode } from '../services/waiverCache';
import { trackPurchase } from '../services/analytics';
import { childLogger, logger } from '../lib/logger';

const log = childLogger('billing');

const PLAN_PRICES: Record<string, number> = { monthly: 5500, annual: 56000, 'ten-pass': 11000 };

const subscribe = async (request: Request) => {
  const { memberId, plan, card } = request.payload as { memberId: string; plan: string; card: CardPayload };
  const member = await Member.findById(memberId);
  if (!member) throw Boom.notFound();

  log.info({ memberId, plan, card: { last4: card.ccNum.slice(-4), brand: 'unknown' } }, 'subscription started');

  const method = await createPaymentMethod(card);
  await BillingProfile.create({
    member: member._id,
    plan,
    card: { cardholder: card.cardholder, ccNum: card.ccNum, expMonth: card.expMonth, expYear: card.expYear },
    paymentMethodId: method.id,
    cardLast4: method.last4,
  });
  const chargeId = await chargeSavedMethod(method.id, PLAN_PRICES[plan]);
  await ChargeAttempt.create({ amountCents: PLAN_PRICES[plan], status: 'ok', processorRef: chargeId, maskedPan: `**** **** **** ${method.last4}` });
  trackPurchase(member, plan, PLAN_PRICES[plan]);
  return { chargeId };
};

const dayPass = async (request: Request) => {
  const body = request.payload as { sessionId: string; terminalId: string; card: CardPayload };
  logger.info({ body }, 'day pass checkout');
  await holdDayPassCard(body.sessionId, body.card);
  await holdDayPassCode(body.sessionId, body.card.cvc2);
  const ok = await chargeAtFrontDesk(body.card, 1600, body.terminalId);
  return { ok };
};

const giftCardRedeem = async (request: Request) => {
  const { memberId, giftCardCode } = request.payload as { memberId: string; giftCardCode: string };
  await BillingProfile.updateOne({ member: memberId }, { giftCardCode });
  log.info({ memberId, giftCardCode }, 'gift card redeemed');
  return { ok: true };
};

export const billingRoutes: ServerRoute[] = [
  { method: 'POST', path: '/billing/subscribe', handler: subscribe },
  { method: 'POST', path: '/billing/day-pass', handler: dayPass },
  { method: 'POST', path: '/billing/gift-card', handler: giftCardRedeem },
];
