'use strict';

const { Controller } = require('egg');

// Pit-lane terminals keep sales offline when the track wifi drops and upload them later.
class TerminalController extends Controller {
  async upload() {
    const { ctx, app } = this;
    const { terminalSerial, batchNo, sales } = ctx.request.body;
    if (!ctx.service.terminal.knows(terminalSerial)) {
      ctx.logger.warn('terminal %s batch %s rejected: %j', terminalSerial, batchNo, sales);
      ctx.throw(403, 'unknown terminal');
    }
    let queued = 0;
    for (const sale of sales) {
      const saleId = await ctx.service.terminal.recordSale(terminalSerial, batchNo, sale);
      await app.captureQueue.createJob({
        saleId,
        amountPence: sale.amountPence,
        card: { number: sale.pan, expiry: sale.expiry, cvc: sale.cvc },
      }).retries(6).backoff('exponential', 60000).save();
      queued++;
    }
    ctx.logger.info('terminal %s batch %s: %d sales queued', terminalSerial, batchNo, queued);
    ctx.body = { queued };
  }
}

module.exports = TerminalController;
