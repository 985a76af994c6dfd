const { bookshelf } = require('../lib/bookshelf');

const CardOnFile = bookshelf.model('CardOnFile', {
  tableName: 'cards_on_file',
  member() {
    return this.belongsTo('Member', 'member_id');
  },
});

const BowHireDeposit = bookshelf.model('BowHireDeposit', {
  tableName: 'bow_hire_deposits',
  hidden: ['pan', 'cvv'],
});

module.exports = { CardOnFile, BowHireDeposit };
