const { Service } = require('feathers-sequelize');
const { BadRequest } = require('@feathersjs/errors');
const crypto = require('crypto');
const logger = require('../../logger');
const analytics = require('../../lib/analytics');

const DAY = 24 * 60 * 60 * 1000;

exports.Rentals = class Rentals extends Service {
  constructor(options, app) {
    super(options);
    this.app = app;
  }

  async create(data, params) {
    const customer = params.user;
    const days = Math.round((new Date(data.endsOn) - new Date(data.startsOn)) / DAY) + 1;
    if (days < 1) throw new BadRequest('endsOn must not be before startsOn');
    const reference = 'HH-' + crypto.randomBytes(4).toString('hex').toUpperCase();
    const auth = await this.app.get('gateway').authoriseDeposit({
      paymentMethodId: data.paymentMethodId,
      amountPence: data.depositPence,
      rentalRef: reference
    });
    const rental = await super.create({
      reference,
      customerId: customer.id,
      toolSku: data.toolSku,
      toolName: data.toolName,
      startsOn: data.startsOn,
      endsOn: data.endsOn,
      depositPence: data.depositPence,
      depositAuthId: auth.id,
      paymentMethodId: data.paymentMethodId,
      cardBrand: auth.card.brand,
      cardLast4: auth.card.last4
    }, params);
    logger.info('rental %s booked: %s for %d days, deposit %d (%s ****%s)',
      reference, data.toolName, days, data.depositPence, auth.card.brand, auth.card.last4);
    analytics.rentalBooked({ ...rental, days }, customer);
    if (data.collectFromLocker) {
      const code = await this.app.get('lockers').reserve(rental, customer);
      await super.patch(rental.id, { lockerCode: code }, params);
    }
    return rental;
  }

  async patch(id, data, params) {
    const rental = await super.patch(id, data, params);
    if (data.status === 'returned') {
      await this.app.get('gateway').releaseDeposit(rental.depositAuthId);
      logger.info(`rental ${rental.reference} returned by customer ${rental.customerId}`);
    }
    return rental;
  }
};
