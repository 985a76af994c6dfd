const ApiGateway = require('moleculer-web');
const { forRequest } = require('../lib/logger');

module.exports = {
  name: 'api',
  mixins: [ApiGateway],
  settings: {
    port: process.env.PORT || 3000,
    routes: [
      {
        path: '/api',
        bodyParsers: { json: true },
        aliases: {
          'POST /members': 'members.register',
          'PATCH /members/:id': 'members.update',
          'POST /members/login': 'members.login',
          'POST /bookings': 'bookings.create',
          'POST /deposits': 'payments.bowHireDeposit',
          'POST /cards': 'payments.saveCard',
          'POST /waivers': 'waivers.sign',
          'GET /members/:member_id/waivers': 'waivers.forMember',
          'POST /webhooks/quiverpay': 'webhooks.quiverpay',
        },
        onBeforeCall(ctx, route, req) {
          forRequest(ctx).info(`${req.method} ${req.originalUrl} ip=${req.socket.remoteAddress}`);
        },
        onError(req, res, err) {
          forRequest({ requestID: req.$ctx && req.$ctx.requestID }).error(err.message, err.data);
          res.setHeader('Content-Type', 'application/json');
          res.writeHead(err.code || 500);
          res.end(JSON.stringify({ error: err.type || 'internal' }));
        },
      },
    ],
  },
};
