const { authenticate } = require('@feathersjs/authentication').hooks;
const { hashPassword, protect } = require('@feathersjs/authentication-local').hooks;
const logger = require('../../logger');
const analytics = require('../../lib/analytics');
const audit = require('../../hooks/audit');

const logRegistration = () => async context => {
  const customer = context.result;
  logger.info(`new customer ${customer.id} <${customer.email}> phone=${customer.phone || 'n/a'}`);
  analytics.customerRegistered(customer);
  return context;
};

const logLoginAttempt = () => async context => {
  logger.debug('customer create payload', context.data);
  return context;
};

module.exports = {
  before: {
    all: [],
    find: [authenticate('jwt')],
    get: [authenticate('jwt')],
    create: [logLoginAttempt(), hashPassword('password')],
    update: [hashPassword('password'), authenticate('jwt')],
    patch: [hashPassword('password'), authenticate('jwt'), audit()],
    remove: [authenticate('jwt'), audit()]
  },
  after: {
    all: [protect('password')],
    create: [logRegistration()]
  },
  error: { all: [] }
};
