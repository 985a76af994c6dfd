'use strict';

const { Service } = require('egg');

class PaymentService extends Service {
  get cfg() {
    return this.app.config.gridline.gateway;
  }

  async preauthorise(card, amountPence, reference) {
    const res = await this.ctx.curl(`${this.cfg.url}/authorisations`, {
      method: 'POST',
      contentType: 'json',
      dataType: 'json',
      headers: { authorization: `Bearer ${this.cfg.key}` },
      data: {
        amount: amountPence,
        currency: 'GBP',
        capture: false,
        reference,
        card: { number: card.number, expiry: card.expiry, cvc: card.cvc, name: card.name },
      },
      timeout: 10000,
    });
    if (res.status >= 300) {
      this.ctx.logger.warn('preauth %s declined: %s', reference, res.data.code);
      this.ctx.throw(402, 'card declined');
    }
    return res.data;
  }

  async capture(preauthRef, amountPence) {
    const res = await this.ctx.curl(`${this.cfg.url}/authorisations/${preauthRef}/capture`, {
      method: 'POST',
      contentType: 'json',
      dataType: 'json',
      headers: { authorization: `Bearer ${this.cfg.key}` },
      data: { amount: amountPence },
    });
    return res.data;
  }

  async chargeCard(card, amountPence, reference) {
    const res = await this.app.curl(`${this.cfg.url}/charges`, {
      method: 'POST',
      contentType: 'json',
      dataType: 'json',
      headers: { authorization: `Bearer ${this.cfg.key}` },
      data: { amount: amountPence, currency: 'GBP', reference, card },
    });
    return res.data;
  }
}

module.exports = PaymentService;
