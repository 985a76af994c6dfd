const { bookshelf } = require('../lib/bookshelf');

const Member = bookshelf.model('Member', {
  tableName: 'members',
  hasTimestamps: true,
  hidden: ['password_hash', 'date_of_birth'],
  bookings() {
    return this.hasMany('LaneBooking', 'member_id');
  },
  cards() {
    return this.hasMany('CardOnFile', 'member_id');
  },
  fullName() {
    return `${this.get('first_name')} ${this.get('last_name')}`;
  },
});

module.exports = Member;
