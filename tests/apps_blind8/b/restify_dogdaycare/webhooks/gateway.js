'use strict';

const crypto = require('crypto');
const errs = require('restify-errors');
const { db } = require('../lib/db');
const log = require('../lib/logger').getLogger('webhooks');

const SECRET = process.env.GATEWAY_WEBHOOK_SECRET || '';

function verify(req) {
  const given = req.header('Payrails-Signature') || '';
  const expected = crypto.createHmac('sha256', SECRET).update(req.getBody ? req.getBody() : JSON.stringify(req.body)).digest('hex');
  return given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

module.exports = (server) => {
  server.post('/webhooks/gateway', async (req, res) => {
    if (!verify(req)) throw new errs.ForbiddenError();
    const event = req.body;
    log.info('gateway event %s (%s)', event.type, event.id);

    switch (event.type) {
      case 'charge.failed': {
        const pm = event.data.payment_method || {};
        log.warn('charge %s failed: %s, card %s******%s', event.data.id, event.data.failure_code, pm.bin, pm.last4);
        break;
      }
      case 'card.updated': {
        const { token, last4, exp_month: m, exp_year: y } = event.data;
        await db.none('UPDATE owner_cards SET last_four = $2, exp_month = $3, exp_year = $4 WHERE gateway_token = $1', [token, last4, m, y]);
        break;
      }
      case 'charge.refunded': {
        const { id, amount_refunded: amount, metadata = {} } = event.data;
        await db.none("UPDATE stays SET status = 'refunded' WHERE reference = $1", [metadata.stay_reference]);
        log.info('refund %s of %d cents recorded for stay %s', id, amount, metadata.stay_reference);
        break;
      }
      case 'dispute.created':
        log.warn('dispute opened: %j', event.data);
        break;
      default:
        log.debug('unhandled gateway event %s', event.type);
    }
    res.send(200, { received: true });
  });
};
