const path = require('path');
const compress = require('compression');
const helmet = require('helmet');
const cors = require('cors');
const feathers = require('@feathersjs/feathers');
const configuration = require('@feathersjs/configuration');
const express = require('@feathersjs/express');

const logger = require('./logger');
const sequelize = require('./sequelize');
const logError = require('./hooks/log-error');
const analytics = require('./lib/analytics');
const TillpointGateway = require('./lib/gateway');
const LockerBank = require('./lib/lockers');
const { createIdCheckClient } = require('./lib/id-check');

const app = express(feathers());

app.configure(configuration());
app.use(helmet({ contentSecurityPolicy: false }));
app.use(cors());
app.use(compress());
app.use(express.json({ limit: '200kb' }));
app.use(express.urlencoded({ extended: true }));
app.use('/', express.static(app.get('public')));
app.use((req, res, next) => {
  req.feathers.ip = req.ip;
  next();
});

app.configure(express.rest());
app.configure(sequelize);
app.set('gateway', new TillpointGateway(app.get('gateway')));
app.set('lockers', new LockerBank(app.get('lockers')));
app.set('idCheck', createIdCheckClient(app.get('idCheck')));
analytics.setup(app);

require('./models/customers.model')(app);
require('./models/rentals.model')(app);
require('./models/counter-sales.model')(app);
require('./services/customers/customers.service')(app);
require('./services/rentals/rentals.service')(app);
require('./services/counter-sales/counter-sales.service')(app);
require('./services/webhooks/webhooks.service')(app);

app.get('/healthz', async (req, res) => {
  const lockers = await app.get('lockers').status().catch(() => ({ online: false }));
  res.json({ ok: true, lockers: lockers.online });
});

app.post('/licence-checks', async (req, res) => {
  const customer = await app.service('customers').get(req.body.customerId);
  const passed = await app.get('idCheck').verify(customer, req.body.licenceNumber);
  logger.info('licence check customer=%d passed=%s from %s', customer.id, passed, req.ip);
  res.json({ passed });
});

app.use(express.notFound());
app.use(express.errorHandler({ logger }));
app.hooks({ around: { all: [logError()] } });

process.on('unhandledRejection', reason => logger.error('Unhandled Rejection %O', reason));

module.exports = app;
