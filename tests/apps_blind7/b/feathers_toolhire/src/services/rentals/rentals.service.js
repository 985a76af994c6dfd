const { Rentals } = require('./rentals.class');
const { authenticate } = require('@feathersjs/authentication').hooks;
const audit = require('../../hooks/audit');

module.exports = function (app) {
  const options = { Model: app.get('sequelizeClient').models.rentals, paginate: app.get('paginate') };
  app.use('/rentals', new Rentals(options, app));
  app.service('rentals').hooks({
    before: { all: [authenticate('jwt')], patch: [audit()], remove: [audit()] }
  });
};
