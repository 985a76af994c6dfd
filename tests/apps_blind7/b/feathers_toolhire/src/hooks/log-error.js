// Logs errors from any service call with the method and path, never the payload.
const logger = require('../logger');

module.exports = () => async (context, next) => {
  try {
    await next();
  } catch (error) {
    logger.error('service error %s %s: %s', context.method, context.path, error.message, {
      code: error.code,
      correlationId: context.params.headers && context.params.headers['x-correlation-id']
    });
    if (error.data) {
      logger.error('error data', { data: error.data });
    }
    throw error;
  }
};
