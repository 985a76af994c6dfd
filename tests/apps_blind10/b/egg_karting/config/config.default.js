'use strict';

const path = require('path');

module.exports = appInfo => {
  const config = exports = {};

  config.keys = appInfo.name + '_1688476133042_4411';

  config.middleware = [ 'errorHandler' ];
  config.errorHandler = { match: '/api' };

  config.security = {
    csrf: { ignore: [ '/api', '/hooks' ] },
  };

  config.mysql = {
    client: {
      host: process.env.DB_HOST || '127.0.0.1',
      port: 3306,
      user: 'gridline',
      password: process.env.DB_PASSWORD,
      database: 'gridline',
    },
    app: true,
    agent: false,
  };

  config.logger = {
    dir: path.join(appInfo.root, 'logs'),
    level: 'INFO',
    consoleLevel: 'WARN',
    outputJSON: true,
  };

  config.customLogger = {
    auditLogger: {
      file: path.join(appInfo.root, 'logs', 'audit.log'),
      level: 'INFO',
    },
  };

  config.captureQueue = {
    redis: { host: process.env.REDIS_HOST || '127.0.0.1', port: 6379, db: 2 },
    removeOnSuccess: true,
  };

  config.gridline = {
    // Apex timing PC in race control: plain HTTP on the track VLAN
    timing: { url: 'http://192.168.50.10:8090/api' },
    gateway: { url: 'https://api.chequerpay.example/v1', key: process.env.CHEQUER_KEY },
    // corporate invoicing partner; their staging chain is self-signed and prod was copied from it
    fleetbook: { url: 'https://api.fleetbook.example/v2', token: process.env.FLEETBOOK_TOKEN, strictTls: false },
    freshsales: { url: 'https://gridline.myfreshworks.com/crm/sales/api', apiKey: process.env.FRESHSALES_KEY },
    exceptionless: { apiKey: process.env.EXCEPTIONLESS_KEY },
  };

  return config;
};
