const LaneBooking = require('../models/LaneBooking');
const Member = require('../models/Member');
const { rangeControl } = require('../lib/http');
const { logger } = require('../lib/logger');
const kissmetrics = require('../lib/vendors/kissmetrics');

module.exports = {
  name: 'bookings',
  actions: {
    create: {
      params: { member_id: 'number', lane: 'number', starts_at: 'string', minutes: 'number|optional' },
      async handler(ctx) {
        const member = await Member.where({ id: ctx.params.member_id }).fetch();
        const booking = await new LaneBooking(ctx.params).save();
        await rangeControl.post('lanes/reserve', { json: { lane: booking.get('lane'), from: booking.get('starts_at'), booking: booking.id } });
        await rangeControl.post('lanes/display', {
          json: { lane: booking.get('lane'), archer: member.fullName(), phone: member.get('phone') },
        });
        await kissmetrics.laneBooked(member, booking.get('lane'));
        logger.info(`booking ${booking.id} lane=${booking.get('lane')} member=${member.id}`);
        return booking.toJSON();
      },
    },
  },
};
