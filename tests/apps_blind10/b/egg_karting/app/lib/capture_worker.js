'use strict';

module.exports = app => {
  app.captureQueue.process(4, async job => {
    const ctx = app.createAnonymousContext();
    const { saleId, amountPence, card } = job.data;
    try {
      const result = await ctx.service.payment.chargeCard(card, amountPence, `sale-${saleId}`);
      await app.mysql.update('terminal_sales',
        { status: result.status, gateway_ref: result.id }, { where: { id: saleId } });
      return result.status;
    } catch (err) {
      app.logger.error('capture of sale %s failed (card ending %s): %s',
        saleId, String(card.number).slice(-4), err.message);
      await ctx.service.errors.reportJob(err, job.id);
      throw err;
    }
  });

  app.captureQueue.on('failed', (job, err) => {
    app.logger.warn('sale %s gave up after retries: %s', job.data.saleId, err.message);
    app.logger.debug('failed capture job %j', job.data);
  });
};
