'use strict';

const { Service } = require('egg');
const { Exceptionless } = require('@exceptionless/node');

let started;

async function client(apiKey) {
  if (!started) {
    started = Exceptionless.startup(c => {
      c.apiKey = apiKey;
      c.addDataExclusions('*card*', '*cvc*', '*password*', 'authorization');
      c.useSessions(false);
    });
  }
  await started;
  return Exceptionless;
}

class ErrorsService extends Service {
  async report(err) {
    const { ctx, app } = this;
    const ex = await client(app.config.gridline.exceptionless.apiKey);
    const builder = ex.createException(err)
      .setProperty('path', ctx.path)
      .setProperty('traceId', ctx.get('x-request-id'));
    const driver = ctx.session && ctx.session.driver;
    if (driver) {
      builder.setUserIdentity(driver.email, driver.name);
    }
    await builder.submit();
  }

  async reportJob(err, jobId) {
    const ex = await client(this.app.config.gridline.exceptionless.apiKey);
    await ex.createException(err).setProperty('jobId', jobId).submit();
  }
}

module.exports = ErrorsService;
