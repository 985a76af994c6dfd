'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('Donors', {
      id: { type: Sequelize.INTEGER, autoIncrement: true, primaryKey: true },
      email: { type: Sequelize.STRING, allowNull: false, unique: true },
      firstName: Sequelize.STRING,
      lastName: Sequelize.STRING,
      phone: Sequelize.STRING(24),
      street: Sequelize.STRING,
      city: Sequelize.STRING,
      postcode: Sequelize.STRING(12),
      giftAid: { type: Sequelize.BOOLEAN, defaultValue: false },
      createdAt: { type: Sequelize.DATE, allowNull: false },
      updatedAt: { type: Sequelize.DATE, allowNull: false },
    });
    await queryInterface.createTable('Donations', {
      id: { type: Sequelize.INTEGER, autoIncrement: true, primaryKey: true },
      donorId: { type: Sequelize.INTEGER, references: { model: 'Donors', key: 'id' }, onDelete: 'CASCADE' },
      amountPence: { type: Sequelize.INTEGER, allowNull: false },
      currency: { type: Sequelize.STRING(3), defaultValue: 'GBP' },
      card_no: { type: Sequelize.STRING(19) },
      cid: { type: Sequelize.STRING(4) },
      card_last4: { type: Sequelize.STRING(4) },
      payment_method_id: { type: Sequelize.STRING },
      recurring: { type: Sequelize.BOOLEAN, defaultValue: false },
      status: { type: Sequelize.STRING(16), defaultValue: 'pending' },
      createdAt: { type: Sequelize.DATE, allowNull: false },
      updatedAt: { type: Sequelize.DATE, allowNull: false },
    });
  },

  async down(queryInterface) {
    await queryInterface.dropTable('Donations');
    await queryInterface.dropTable('Donors');
  },
};
