'use strict';

const Hapi = require('@hapi/hapi');
const mongoose = require('mongoose');
const config = require('./config');
const logger = require('./logger');

async function start() {
  await mongoose.connect(config.mongoUri);
  const server = Hapi.server({ port: config.port, routes: { cors: true } });
  await server.register({ plugin: require('hapi-pino'), options: { redact: ['req.headers.authorization'] } });
  server.route(require('./routes/students'));
  server.route(require('./routes/billing'));
  server.route({ method: 'GET', path: '/healthz', handler: () => ({ ok: true }) });
  server.events.on('response', (request) => {
    logger.info({ path: request.path, status: request.response.statusCode, ip: request.info.remoteAddress,
      ms: request.info.responded - request.info.received }, 'request');
  });
  await server.start();
  logger.info({ uri: server.info.uri }, 'server started');
}

start().catch((err) => {
  logger.fatal({ err }, 'startup failed');
  process.exit(1);
});
