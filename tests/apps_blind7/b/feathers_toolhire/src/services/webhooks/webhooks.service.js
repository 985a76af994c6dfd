// Inbound webhooks from the gateway (deposit captured/voided) and the locker controller.
const crypto = require('crypto');
const { NotAuthenticated } = require('@feathersjs/errors');
const logger = require('../../logger');
const analytics = require('../../lib/analytics');

function verify(signature, rawBody) {
  const expected = crypto.createHmac('sha256', process.env.TILLPOINT_WEBHOOK_SECRET || '')
    .update(rawBody).digest('hex');
  return signature && crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

class GatewayWebhook {
  constructor(app) {
    this.app = app;
  }

  async create(event, params) {
    if (!verify(params.headers['x-tillpoint-signature'], JSON.stringify(event))) {
      logger.warn('gateway webhook signature mismatch from %s', params.ip);
      throw new NotAuthenticated('bad signature');
    }
    logger.info('gateway webhook %s %s', event.type, event.id, { authId: event.data.authorisation_id });
    const rentals = this.app.service('rentals');
    if (event.type === 'authorisation.expired') {
      const found = await rentals.find({ query: { depositAuthId: event.data.authorisation_id }, paginate: false });
      for (const rental of found) {
        logger.warn(`deposit auth expired for rental ${rental.reference}, payment method ${rental.paymentMethodId}`);
      }
    }
    return { received: true };
  }
}

class LockerWebhook {
  constructor(app) {
    this.app = app;
  }

  async create(event) {
    logger.info('locker event', { site: event.site, locker: event.locker, type: event.type, ref: event.reference });
    if (event.type === 'collected') {
      const [rental] = await this.app.service('rentals').find({ query: { reference: event.reference }, paginate: false });
      if (rental) {
        await this.app.service('rentals').patch(rental.id, { status: 'out' });
        analytics.lockerCollected(rental.reference, rental.customerId);
      }
    }
    return { ok: true };
  }
}

module.exports = function (app) {
  app.use('/webhooks/tillpoint', new GatewayWebhook(app));
  app.use('/webhooks/lockers', new LockerWebhook(app));
};
