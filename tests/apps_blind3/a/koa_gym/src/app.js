'use strict';

const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
require('./lib/knex');
const { logger } = require('./lib/logger');
const members = require('./routes/members');
const billing = require('./routes/billing');

const app = new Koa();

app.use(async (ctx, next) => {
  const started = Date.now();
  ctx.state.requestId = ctx.get('x-request-id') || Math.random().toString(36).slice(2);
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: 'internal_error', requestId: ctx.state.requestId };
    logger.error('unhandled error', { requestId: ctx.state.requestId, path: ctx.path, err: err.message });
  }
  logger.info('request', { requestId: ctx.state.requestId, method: ctx.method, path: ctx.path, status: ctx.status, ms: Date.now() - started });
});

app.use(bodyParser());
app.use(members.routes());
app.use(billing.routes());

const port = Number(process.env.PORT || 3000);
app.listen(port, () => logger.info(`gym api listening on ${port}`));
