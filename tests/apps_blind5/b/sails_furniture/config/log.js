/**
 * Built-in log configuration (sails.log).
 */
module.exports.log = {
  level: process.env.LOG_LEVEL || 'info',
  inspect: false,
};
