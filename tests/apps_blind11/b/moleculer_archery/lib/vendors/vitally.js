const { vitally } = require('../http');
const { logger } = require('../logger');

async function syncMember(member) {
  const body = {
    externalId: String(member.id),
    name: member.fullName(),
    email: member.get('email'),
    accountIds: [`club-${member.get('club_id') || 'open'}`],
    traits: { plan: member.get('plan') },
  };
  try {
    await vitally.post('resources/users', { json: body });
  } catch (err) {
    logger.error('vitally sync failed', body, err.message);
  }
}

async function trackSessionCount(memberId, sessions) {
  await vitally.post('resources/users/' + memberId + '/traits', { json: { traits: { sessions } } });
}

module.exports = { syncMember, trackSessionCount };
