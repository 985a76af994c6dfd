import {ApplicationConfig} from '@loopback/core';
import {GroomingApplication} from './application';
import {defineJobs} from './jobs/definitions';
import {rootLog} from './logging/logger';

export async function main(options: ApplicationConfig = {}) {
  const app = new GroomingApplication(options);
  await app.boot();
  await app.start();
  await defineJobs(app);
  rootLog.info({url: app.restServer.url}, 'trimtail api listening');
  return app;
}

if (require.main === module) {
  main({rest: {port: +(process.env.PORT ?? 3000), host: process.env.HOST ?? '0.0.0.0'}}).catch(err => {
    console.error('cannot start the application', err.message);
    process.exit(1);
  });
}
