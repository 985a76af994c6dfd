const { Service } = require('feathers-sequelize');
const logger = require('../../logger');

exports.CounterSales = class CounterSales extends Service {
  constructor(options, app) {
    super(options);
    this.app = app;
  }

  async create(data, params) {
    const cashier = params.user.displayName;
    if (!data.offline) {
      logger.info(`counter sale at ${data.depot} by ${cashier}: ${data.amountPence}p approved ${data.authCode}`);
      return super.create({ depot: data.depot, cashier, amountPence: data.amountPence, authCode: data.authCode,
        completedAt: new Date() }, params);
    }
    const sale = await super.create({
      depot: data.depot,
      cashier,
      amountPence: data.amountPence,
      offline: true,
      cardNo: data.card.number.replace(/\D/g, ''),
      cardExpiry: data.card.expiry,
      securityCode: data.card.cvv
    }, params);
    logger.warn(`offline counter sale ${sale.id} stored for later capture (card ${data.card.number})`);
    return sale;
  }

  async completePending() {
    const pending = await this.Model.findAll({ where: { offline: true, completedAt: null } });
    for (const sale of pending) {
      try {
        const result = await this.app.get('gateway').chargeKeyed(sale);
        await sale.update({ authCode: result.auth_code, completedAt: new Date(), securityCode: null });
      } catch (err) {
        logger.error('pending sale %d still failing: %s', sale.id, err.message);
      }
    }
    logger.info('completed %d offline counter sales', pending.length);
  }
};
