const { Service } = require('feathers-sequelize');
const hooks = require('./customers.hooks');

module.exports = function (app) {
  const options = {
    Model: app.get('sequelizeClient').models.customers,
    paginate: app.get('paginate'),
    multi: false
  };
  app.use('/customers', new Service(options));
  app.service('customers').hooks(hooks);
};
