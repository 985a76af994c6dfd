'use strict';

module.exports = () => {
  return async function errorHandler(ctx, next) {
    try {
      await next();
    } catch (err) {
      const status = err.status || 500;
      if (status >= 500) {
        ctx.logger.error('request failed: %s body=%j', err.message, ctx.request.body);
        await ctx.service.errors.report(err);
      } else {
        ctx.logger.warn('request rejected: %s (%s)', err.code || err.message, status);
      }
      ctx.status = status;
      ctx.body = {
        error: status === 422 ? 'validation failed' : 'request failed',
        detail: status === 422 ? err.errors : undefined,
      };
    }
  };
};
