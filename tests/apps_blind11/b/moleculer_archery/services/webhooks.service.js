const crypto = require('crypto');
const { MoleculerClientError } = require('moleculer').Errors;
const { knex } = require('../lib/bookshelf');
const { payments } = require('../lib/logger');

function verify(raw, signature) {
  const mac = crypto.createHmac('sha256', process.env.QUIVERPAY_WEBHOOK_SECRET).update(raw).digest('hex');
  return signature && crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(signature));
}

module.exports = {
  name: 'webhooks',
  actions: {
    quiverpay: {
      async handler(ctx) {
        const raw = JSON.stringify(ctx.params);
        if (!verify(raw, ctx.meta.signature)) {
          throw new MoleculerClientError('bad signature', 401);
        }
        const { type, data } = ctx.params;
        payments.info(`webhook ${type} id=${data.id}`);
        if (type === 'card.updated') {
          await knex('cards_on_file').where({ gateway_ref: data.id }).update({ last4: data.last4, brand: data.brand });
        } else if (type === 'charge.disputed') {
          await knex('disputes').insert({ gateway_ref: data.id, card_fingerprint: data.card.fingerprint, reason: data.reason });
          payments.warn('dispute opened', data);
        }
        return { ok: true };
      },
    },
  },
};
