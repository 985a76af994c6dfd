// Admin audit trail: who changed which record. Ids only; the record body stays out.
const logger = require('../logger');

module.exports = () => async context => {
  const user = context.params.user;
  logger.info('audit', {
    actor: user ? user.id : 'system',
    action: `${context.path}.${context.method}`,
    recordId: context.id || (context.result && context.result.id),
    at: new Date().toISOString()
  });
  return context;
};
