'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('customers', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
      email: { type: Sequelize.STRING, allowNull: false, unique: true },
      password: { type: Sequelize.STRING, allowNull: false },
      full_name: { type: Sequelize.STRING(120), allowNull: false },
      phone: { type: Sequelize.STRING(24) },
      phone_verified: { type: Sequelize.BOOLEAN, defaultValue: false },
      date_of_birth: { type: Sequelize.DATEONLY },
      licence_checked: { type: Sequelize.BOOLEAN, defaultValue: false },
      trade_account: { type: Sequelize.STRING(12) },
      payment_customer_ref: { type: Sequelize.STRING(40) },
      created_at: { type: Sequelize.DATE, allowNull: false },
      updated_at: { type: Sequelize.DATE, allowNull: false }
    });
    await queryInterface.createTable('rentals', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
      customer_id: { type: Sequelize.INTEGER, references: { model: 'customers', key: 'id' } },
      reference: { type: Sequelize.STRING(14), allowNull: false, unique: true },
      status: { type: Sequelize.ENUM('reserved', 'out', 'returned', 'overdue', 'cancelled'), defaultValue: 'reserved' },
      tool_sku: { type: Sequelize.STRING(32), allowNull: false },
      tool_name: { type: Sequelize.STRING(120), allowNull: false },
      starts_on: { type: Sequelize.DATEONLY, allowNull: false },
      ends_on: { type: Sequelize.DATEONLY, allowNull: false },
      deposit_pence: { type: Sequelize.INTEGER, allowNull: false },
      deposit_auth_id: { type: Sequelize.STRING(40) },
      payment_method_id: { type: Sequelize.STRING(40) },
      card_brand: { type: Sequelize.STRING(16) },
      card_last4: { type: Sequelize.STRING(4) },
      locker_code: { type: Sequelize.STRING(8) },
      created_at: { type: Sequelize.DATE, allowNull: false },
      updated_at: { type: Sequelize.DATE, allowNull: false }
    });
  },

  async down(queryInterface) {
    await queryInterface.dropTable('rentals');
    await queryInterface.dropTable('customers');
  }
};
