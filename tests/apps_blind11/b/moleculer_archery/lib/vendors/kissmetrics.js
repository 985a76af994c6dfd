const crypto = require('crypto');
const { kissmetrics } = require('../http');

const KEY = process.env.KISSMETRICS_KEY;

function record(identity, event, props = {}) {
  return kissmetrics.get('e', { searchParams: { _k: KEY, _p: identity, _n: event, ...props } });
}

function memberJoined(member) {
  return record(member.get('email'), 'Joined Club', { plan: member.get('plan') });
}

function laneBooked(member, lane) {
  const ref = crypto.createHash('sha256').update(String(member.id)).digest('hex');
  return record(ref, 'Booked Lane', { lane });
}

function bowHired(memberId, bowClass) {
  return record(`m_${memberId}`, 'Hired Bow', { bow_class: bowClass });
}

function setProfile(member) {
  return kissmetrics.get('s', {
    searchParams: { _k: KEY, _p: String(member.id), name: member.fullName(), phone: member.get('phone'), dob: member.get('date_of_birth') },
  });
}

module.exports = { memberJoined, laneBooked, bowHired, setProfile };
