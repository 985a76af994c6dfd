// Winston logger shared by the app, as scaffolded by the Feathers generator.
const { createLogger, format, transports } = require('winston');

const logger = createLogger({
  level: process.env.LOG_LEVEL || 'info',
  format: format.combine(format.timestamp(), format.splat(), format.json()),
  defaultMeta: { service: 'toolhire-api' },
  transports: [new transports.Console()]
});

module.exports = logger;
