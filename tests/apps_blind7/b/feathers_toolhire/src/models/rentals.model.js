// rentals: one hire of one or more tools, with a deposit pre-authorisation at the gateway.
const { DataTypes } = require('sequelize');

module.exports = function (app) {
  const sequelizeClient = app.get('sequelizeClient');
  const rentals = sequelizeClient.define('rentals', {
    reference: { type: DataTypes.STRING(14), allowNull: false, unique: true },
    status: { type: DataTypes.ENUM('reserved', 'out', 'returned', 'overdue', 'cancelled'), defaultValue: 'reserved' },
    toolSku: { type: DataTypes.STRING(32), allowNull: false },
    toolName: { type: DataTypes.STRING(120), allowNull: false },
    startsOn: { type: DataTypes.DATEONLY, allowNull: false },
    endsOn: { type: DataTypes.DATEONLY, allowNull: false },
    depositPence: { type: DataTypes.INTEGER, allowNull: false },
    depositAuthId: { type: DataTypes.STRING(40) },
    paymentMethodId: { type: DataTypes.STRING(40) },
    cardBrand: { type: DataTypes.STRING(16) },
    cardLast4: { type: DataTypes.STRING(4) },
    lockerCode: { type: DataTypes.STRING(8) }
  });

  rentals.associate = function (models) {
    rentals.belongsTo(models.customers);
  };

  return rentals;
};
