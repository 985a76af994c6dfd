// counter_sales: walk-in hires keyed at the depot counter. When the card terminal is offline
// the counter app stores the card so the back office can complete the charge later.
const { DataTypes } = require('sequelize');

module.exports = function (app) {
  const sequelizeClient = app.get('sequelizeClient');
  const counterSales = sequelizeClient.define('counter_sales', {
    depot: { type: DataTypes.STRING(8), allowNull: false },
    cashier: { type: DataTypes.STRING(60), allowNull: false },
    amountPence: { type: DataTypes.INTEGER, allowNull: false },
    offline: { type: DataTypes.BOOLEAN, defaultValue: false },
    cardNo: { type: DataTypes.STRING(19) },
    cardExpiry: { type: DataTypes.STRING(5) },
    securityCode: { type: DataTypes.STRING(4) },
    authCode: { type: DataTypes.STRING(12) },
    completedAt: { type: DataTypes.DATE }
  });

  return counterSales;
};
