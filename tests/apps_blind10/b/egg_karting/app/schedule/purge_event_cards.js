'use strict';

module.exports = {
  schedule: {
    cron: '0 15 3 * * *',
    type: 'worker',
  },

  async task(ctx) {
    const { app } = ctx;
    const cleared = await app.mysql.query(
      'UPDATE group_event_cards SET card_cvc = NULL WHERE card_cvc IS NOT NULL AND created_at < NOW() - INTERVAL 1 DAY');
    const removed = await app.mysql.query(
      'DELETE FROM group_event_cards WHERE settled_at < NOW() - INTERVAL 30 DAY');
    ctx.logger.info('event cards: %d codes cleared, %d cards removed',
      cleared.affectedRows, removed.affectedRows);
  },
};
