'use strict';

const log4js = require('log4js');

log4js.addLayout('json', (config) => (event) =>
  JSON.stringify({
    ts: event.startTime,
    level: event.level.levelStr,
    category: event.categoryName,
    msg: event.data.map((d) => (typeof d === 'string' ? d : JSON.stringify(d))).join(' '),
    ...event.context,
  }) + (config.separator || ''),
);

log4js.configure({
  appenders: {
    out: { type: 'stdout', layout: { type: 'json', separator: '' } },
    file: { type: 'dateFile', filename: '/var/log/daycare/api.log', pattern: 'yyyy-MM-dd', numBackups: 14, compress: true, layout: { type: 'json' } },
    errors: { type: 'logLevelFilter', appender: 'file', level: 'warn' },
  },
  categories: {
    default: { appenders: ['out', 'errors'], level: process.env.LOG_LEVEL || 'info' },
    audit: { appenders: ['out', 'file'], level: 'info' },
  },
});

module.exports = {
  getLogger: (name) => log4js.getLogger(name),
  shutdown: () => new Promise((resolve) => log4js.shutdown(resolve)),
};
