// customers: people and trade accounts who hire tools.
const { DataTypes } = require('sequelize');

module.exports = function (app) {
  const sequelizeClient = app.get('sequelizeClient');
  const customers = sequelizeClient.define('customers', {
    email: { type: DataTypes.STRING, allowNull: false, unique: true, validate: { isEmail: true } },
    password: { type: DataTypes.STRING, allowNull: false },
    fullName: { type: DataTypes.STRING(120), allowNull: false },
    phone: { type: DataTypes.STRING(24) },
    phoneVerified: { type: DataTypes.BOOLEAN, defaultValue: false },
    dateOfBirth: { type: DataTypes.DATEONLY },
    licenceChecked: { type: DataTypes.BOOLEAN, defaultValue: false },
    tradeAccount: { type: DataTypes.STRING(12) },
    paymentCustomerRef: { type: DataTypes.STRING(40) }
  }, {
    hooks: {
      beforeCount(options) {
        options.raw = true;
      }
    }
  });

  customers.associate = function (models) {
    customers.hasMany(models.rentals);
  };

  customers.prototype.toJSON = function () {
    const values = Object.assign({}, this.get());
    delete values.password;
    return values;
  };

  return customers;
};
