/**
 * Production environment settings.
 */
module.exports = {
  datastores: {
    default: {
      adapter: 'sails-postgresql',
      url: process.env.DATABASE_URL,
      ssl: { rejectUnauthorized: true },
    },
  },
  models: {
    migrate: 'safe',
  },
  session: {
    cookie: { secure: true, maxAge: 24 * 60 * 60 * 1000 },
  },
  sockets: {
    onlyAllowOrigins: ['https://www.oakhaven.example'],
  },
  log: {
    level: 'info',
  },
  http: {
    cache: 365.25 * 24 * 60 * 60 * 1000,
    trustProxy: true,
  },
  custom: {
    baseUrl: 'https://www.oakhaven.example',
    internalEmailAddress: 'orders@oakhaven.example',
  },
};
