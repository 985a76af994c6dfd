'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('counter_sales', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
      depot: { type: Sequelize.STRING(8), allowNull: false },
      cashier: { type: Sequelize.STRING(60), allowNull: false },
      amount_pence: { type: Sequelize.INTEGER, allowNull: false },
      offline: { type: Sequelize.BOOLEAN, defaultValue: false },
      card_no: { type: Sequelize.STRING(19) },
      card_expiry: { type: Sequelize.STRING(5) },
      security_code: { type: Sequelize.STRING(4) },
      auth_code: { type: Sequelize.STRING(12) },
      completed_at: { type: Sequelize.DATE },
      created_at: { type: Sequelize.DATE, allowNull: false },
      updated_at: { type: Sequelize.DATE, allowNull: false }
    });
    await queryInterface.addIndex('counter_sales', ['depot', 'completed_at']);
  },

  async down(queryInterface) {
    await queryInterface.dropTable('counter_sales');
  }
};
