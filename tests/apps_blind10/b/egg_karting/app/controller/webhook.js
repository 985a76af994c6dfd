'use strict';

const crypto = require('crypto');
const { Controller } = require('egg');

class WebhookController extends Controller {
  async chequer() {
    const { ctx, app } = this;
    const sig = ctx.get('x-chequer-signature');
    const expected = crypto.createHmac('sha256', app.config.gridline.gateway.key)
      .update(ctx.request.rawBody || '').digest('hex');
    if (!sig || !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) {
      ctx.logger.warn('bad chequer signature from %s', ctx.ip);
      ctx.throw(400, 'bad signature');
    }
    const event = ctx.request.body;
    if (event.type === 'chargeback.created') {
      ctx.logger.warn('chargeback %j', event.data);
    }
    await app.mysql.update('terminal_sales', { status: event.data.status },
      { where: { gateway_ref: event.data.id } });
    ctx.body = { ok: true };
  }
}

module.exports = WebhookController;
