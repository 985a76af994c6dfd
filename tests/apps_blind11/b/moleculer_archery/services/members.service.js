const bcrypt = require('bcryptjs');
const { MoleculerClientError } = require('moleculer').Errors;
const Member = require('../models/Member');
const { logger, forMember } = require('../lib/logger');
const kissmetrics = require('../lib/vendors/kissmetrics');
const vitally = require('../lib/vendors/vitally');
const got = require('got');

const CLUB_OFFICE = process.env.CLUB_OFFICE_URL || 'http://club-office.fletchline.internal:8081';

module.exports = {
  name: 'members',
  actions: {
    register: {
      params: { email: 'email', first_name: 'string', last_name: 'string', password: 'string|min:10', phone: 'string|optional', date_of_birth: 'string|optional' },
      async handler(ctx) {
        const { password, ...profile } = ctx.params;
        logger.info('registering member', ctx.params);
        const member = await new Member({ ...profile, password_hash: await bcrypt.hash(password, 12) }).save();
        logger.success(`member ${member.id} registered`);
        await kissmetrics.memberJoined(member);
        await vitally.syncMember(member);
        await got.post(`${CLUB_OFFICE}/new-members`, { json: { name: `${profile.first_name} ${profile.last_name}`, email: profile.email, phone: profile.phone } });
        await got.post(`${CLUB_OFFICE}/roster-refresh`, { json: { memberId: member.id } });
        await ctx.call('jobs.enqueue', { name: 'welcome-pack', data: { memberId: member.id } });
        return { id: member.id };
      },
    },
    update: {
      async handler(ctx) {
        const member = await Member.where({ id: ctx.params.id }).fetch();
        const log = forMember(member);
        await member.save({ phone: ctx.params.phone, last_name: ctx.params.last_name }, { patch: true });
        log.info('profile updated');
        await kissmetrics.setProfile(member);
        return member.toJSON();
      },
    },
    login: {
      async handler(ctx) {
        const member = await Member.where({ email: ctx.params.email }).fetch({ require: false });
        if (!member || !(await bcrypt.compare(ctx.params.password, member.get('password_hash')))) {
          logger.warn(`failed login for ${ctx.params.email} from ${ctx.meta.remoteAddress}`);
          throw new MoleculerClientError('Invalid credentials', 401, 'INVALID_LOGIN');
        }
        logger.info(`login member=${member.id}`);
        return { id: member.id };
      },
    },
  },
};
