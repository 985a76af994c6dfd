'use strict';

const Router = require('@koa/router');
const Member = require('../models/Member');
const { logger } = require('../lib/logger');
const heap = require('../services/heap');

const router = new Router({ prefix: '/members' });

router.post('/', async (ctx) => {
  const input = ctx.request.body;
  const member = await Member.query().insert({
    email: input.email,
    firstName: input.firstName,
    lastName: input.lastName,
    phone: input.phone,
    birthDate: input.birthDate,
    homeClub: input.homeClub,
  });

  logger.info('member joined', {
    memberId: member.id,
    club: member.homeClub,
    email: member.email,
    dob: member.birthDate,
  });

  await heap.identify(member);
  ctx.status = 201;
  ctx.body = { id: member.id };
});

router.post('/:id/checkin', async (ctx) => {
  const member = await Member.query().findById(ctx.params.id).throwIfNotFound();
  logger.info(`check-in member=${member.id} club=${ctx.request.body.clubId} ip=${ctx.ip}`);
  await heap.track(member.id, 'club_checkin', { clubId: ctx.request.body.clubId });
  ctx.body = { ok: true };
});

router.post('/:id/keycard', async (ctx) => {
  const member = await Member.query().patchAndFetchById(ctx.params.id, { keyCardNo: ctx.request.body.keyCardNo });
  logger.info('key card issued', { memberId: member.id, keyCardNo: member.keyCardNo });
  ctx.body = { ok: true };
});

router.put('/:id', async (ctx) => {
  const member = await Member.query().patchAndFetchById(ctx.params.id, ctx.request.body);
  logger.debug(`member updated ${JSON.stringify(member)}`);
  ctx.body = member;
});

module.exports = router;
