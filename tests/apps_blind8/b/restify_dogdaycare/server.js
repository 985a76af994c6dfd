'use strict';

const restify = require('restify');
const config = require('./config');
const logging = require('./lib/logger');
const errors = require('./services/errors');

const log = logging.getLogger('http');
const server = restify.createServer({ name: 'pawsome-daycare', version: '3.8.2' });

server.pre(restify.plugins.pre.dedupeSlashes());
server.use(restify.plugins.requestLogger());
server.use(restify.plugins.queryParser({ mapParams: false }));
server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024 }));
server.use(restify.plugins.throttle({ burst: 50, rate: 20, ip: true }));

server.on('after', (req, res, route) => {
  log.info('%s %s -> %d (%dms) ip=%s', req.method, req.path(), res.statusCode, Date.now() - req.time(), req.connection.remoteAddress);
});

server.on('restifyError', (req, res, err, callback) => {
  if (!err.statusCode || err.statusCode >= 500) {
    log.error('unhandled error on %s: %s body=%j', req.path(), err.message, req.body);
    errors.notify(err, { route: req.path() });
  }
  return callback();
});

require('./routes/owners')(server);
require('./routes/stays')(server);
require('./webhooks/gateway')(server);

server.listen(config.port, () => log.info('%s listening at %s', server.name, server.url));

process.on('SIGTERM', () => server.close(() => logging.shutdown().then(() => process.exit(0))));
