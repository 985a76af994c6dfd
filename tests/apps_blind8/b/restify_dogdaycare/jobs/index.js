'use strict';

const path = require('path');
const Bree = require('bree');
const log = require('../lib/logger').getLogger('jobs');

const bree = new Bree({
  root: path.join(__dirname),
  logger: { info: (...a) => log.info(...a), warn: (...a) => log.warn(...a), error: (...a) => log.error(...a) },
  jobs: [
    { name: 'no-show-fees', cron: '30 11 * * *' },
  ],
  errorHandler: (error, workerMetadata) => log.error('job %s failed: %s', workerMetadata.name, error.message),
});

bree.start().then(() => log.info('bree started'));
