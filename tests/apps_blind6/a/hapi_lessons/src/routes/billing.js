'use strict';

const Boom = require('@hapi/boom');
const billing = require('../services/billing');
const logger = require('../logger');

module.exports = [
  {
    method: 'POST',
    path: '/students/{id}/cards',
    handler: async (request, h) => {
      const { cardNo, cvc2, expiry } = request.payload;
      logger.debug(`adding card ${cardNo} exp ${expiry} for ${request.params.id}`);
      if (!/^\d{13,19}$/.test(cardNo)) {
        logger.warn({ studentId: request.params.id, reason: 'format' }, 'card rejected');
        throw Boom.badRequest('invalid card number');
      }
      const profile = await billing.saveCard(request.params.id, { cardNo, cvc2, expiry });
      logger.info({ studentId: request.params.id, lastFour: profile.lastFour, brand: profile.brand },
        'card saved');
      return h.response({ id: profile.id, lastFour: profile.lastFour }).code(201);
    }
  },
  {
    method: 'POST',
    path: '/webhooks/gateway',
    options: { auth: 'gateway-signature' },
    handler: async (request, h) => {
      const event = request.payload;
      logger.info({ eventId: event.id, type: event.type, requestId: request.info.id }, 'gateway webhook');
      logger.debug({ body: request.payload }, 'gateway webhook payload');
      return h.response().code(204);
    }
  }
];
