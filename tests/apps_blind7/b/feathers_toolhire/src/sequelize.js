const { Sequelize } = require('sequelize');
const logger = require('./logger');

module.exports = function (app) {
  const connectionString = app.get('postgres');
  const sequelize = new Sequelize(connectionString, {
    dialect: 'postgres',
    logging: (sql, timing) => logger.debug('sql %s (%dms)', sql.slice(0, 120), timing),
    benchmark: true,
    define: { freezeTableName: true, underscored: true }
  });
  const oldSetup = app.setup;

  app.set('sequelizeClient', sequelize);

  app.setup = function (...args) {
    const result = oldSetup.apply(this, args);
    const models = sequelize.models;
    Object.keys(models).forEach(name => {
      if ('associate' in models[name]) {
        models[name].associate(models);
      }
    });
    app.set('sequelizeSync', sequelize.authenticate().then(() => logger.info('database connected')));
    return result;
  };
};
