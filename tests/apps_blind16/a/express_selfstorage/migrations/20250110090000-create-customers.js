'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('customers', {
      id: { type: Sequelize.INTEGER, autoIncrement: true, primaryKey: true },
      full_name: { type: Sequelize.STRING(120), allowNull: false },
      email: { type: Sequelize.STRING(255), allowNull: false, unique: true },
      phone: { type: Sequelize.STRING(32) },
      home_address: { type: Sequelize.TEXT },
      id_document_number: { type: Sequelize.STRING(40) },
      created_at: { type: Sequelize.DATE, allowNull: false, defaultValue: Sequelize.fn('now') },
    });
    await queryInterface.createTable('rentals', {
      id: { type: Sequelize.INTEGER, autoIncrement: true, primaryKey: true },
      customer_id: { type: Sequelize.INTEGER, allowNull: false, references: { model: 'customers', key: 'id' } },
      unit_code: { type: Sequelize.STRING(12), allowNull: false },
      monthly_rate_pence: { type: Sequelize.INTEGER, allowNull: false },
      gate_code: { type: Sequelize.STRING(8), allowNull: false },
      status: { type: Sequelize.STRING(16), allowNull: false, defaultValue: 'active' },
      created_at: { type: Sequelize.DATE, allowNull: false },
      updated_at: { type: Sequelize.DATE, allowNull: false },
    });
    await queryInterface.createTable('payment_methods', {
      id: { type: Sequelize.INTEGER, autoIncrement: true, primaryKey: true },
      customer_id: { type: Sequelize.INTEGER, allowNull: false, references: { model: 'customers', key: 'id' } },
      keystone_token: { type: Sequelize.STRING(64), allowNull: false },
      brand: { type: Sequelize.STRING(16), allowNull: false },
      last4: { type: Sequelize.STRING(4), allowNull: false },
      expiry: { type: Sequelize.STRING(5), allowNull: false },
      created_at: { type: Sequelize.DATE, allowNull: false },
      updated_at: { type: Sequelize.DATE, allowNull: false },
    });
  },

  async down(queryInterface) {
    await queryInterface.dropTable('payment_methods');
    await queryInterface.dropTable('rentals');
    await queryInterface.dropTable('customers');
  },
};
