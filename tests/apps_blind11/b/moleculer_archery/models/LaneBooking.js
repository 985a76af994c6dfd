const { bookshelf } = require('../lib/bookshelf');

module.exports = bookshelf.model('LaneBooking', {
  tableName: 'lane_bookings',
  member() {
    return this.belongsTo('Member', 'member_id');
  },
});
