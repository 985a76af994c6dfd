'use strict';

const path = require('path');
const fs = require('fs');

module.exports = {
  async up(queryInterface) {
    const rows = JSON.parse(fs.readFileSync(path.join(__dirname, 'data', 'donations.json'), 'utf8'));
    const now = new Date();
    await queryInterface.bulkInsert(
      'Donations',
      rows.map((row) => ({ ...row, createdAt: now, updatedAt: now })),
    );
  },

  async down(queryInterface) {
    await queryInterface.bulkDelete('Donations', null, {});
  },
};
