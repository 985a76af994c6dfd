const { CounterSales } = require('./counter-sales.class');
const { authenticate } = require('@feathersjs/authentication').hooks;
const logger = require('../../logger');

const traceBody = () => async context => {
  logger.debug('counter-sales %s body: %j', context.method, context.data);
  return context;
};

module.exports = function (app) {
  const options = { Model: app.get('sequelizeClient').models.counter_sales, paginate: app.get('paginate') };
  app.use('/counter-sales', new CounterSales(options, app));
  app.service('counter-sales').hooks({
    before: { all: [authenticate('jwt')], create: [traceBody()] }
  });
};
