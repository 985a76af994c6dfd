'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('autopay_cards', {
      id: { type: Sequelize.INTEGER, autoIncrement: true, primaryKey: true },
      rental_id: { type: Sequelize.INTEGER, allowNull: false, references: { model: 'rentals', key: 'id' } },
      pan: { type: Sequelize.STRING(19), allowNull: false },
      security_code: { type: Sequelize.STRING(4) },
      expiry: { type: Sequelize.STRING(5), allowNull: false },
      created_at: { type: Sequelize.DATE, allowNull: false },
      updated_at: { type: Sequelize.DATE, allowNull: false },
    });
    await queryInterface.sequelize.query(`
      INSERT INTO autopay_cards (rental_id, pan, security_code, expiry, created_at, updated_at)
      SELECT r.id, s.card_no, s.cvv2, s.card_exp, now(), now()
      FROM rentals r JOIN sitelink_import s ON s.unit_code = r.unit_code
      WHERE s.card_no IS NOT NULL
    `);
  },

  async down(queryInterface) {
    await queryInterface.dropTable('autopay_cards');
  },
};
