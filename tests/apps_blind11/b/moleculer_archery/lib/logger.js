const { Signale } = require('signale');

const base = new Signale({
  config: { displayTimestamp: true, displayDate: true, displayScope: true },
  secrets: [process.env.QUIVERPAY_SECRET, process.env.VITALLY_TOKEN].filter(Boolean),
  types: {
    audit: { badge: '§', color: 'cyan', label: 'audit', logLevel: 'info' },
  },
});

function forRequest(ctx) {
  return base.scope('api', `req:${ctx.requestID}`);
}

function forMember(member) {
  return base.scope('member', member.get('email'));
}

module.exports = { logger: base, forRequest, forMember, payments: base.scope('payments') };
