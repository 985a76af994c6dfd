import type { ServerRoute, Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { Member } from '../models/member';
import { identifyMember } from '../services/analytics';
import { childLogger } from '../lib/logger';

const log = childLogger('members');

interface RegisterPayload {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  dateOfBirth: string;
  password: string;
}

const register = async (request: Request, h: ResponseToolkit) => {
  const payload = request.payload as RegisterPayload;
  log.info({ email: payload.email, dob: payload.dateOfBirth }, 'new member registration');
  const existing = await Member.findOne({ email: payload.email });
  if (existing) {
    log.warn(`duplicate registration attempt for ${payload.email} from ${request.info.remoteAddress}`);
    throw Boom.conflict('already registered');
  }
  const member = await Member.create({ ...payload, dateOfBirth: new Date(payload.dateOfBirth) });
  identifyMember(member);
  log.info({ memberId: member.id, requestId: request.info.id }, 'member created');
  return h.response({ id: member.id }).code(201);
};

const lookup = async (request: Request) => {
  const member = await Member.findById(request.params.id).lean();
  if (!member) {
    log.warn({ memberId: request.params.id }, 'member lookup miss');
    throw Boom.notFound();
  }
  log.debug({ member }, 'member loaded');
  return member;
};

const resetPassword = async (request: Request) => {
  const { email, newPassword } = request.payload as { email: string; newPassword: string };
  console.log('password reset', email, newPassword);
  return { ok: true };
};

const gateScan = async (request: Request) => {
  const { keyCardSerial } = request.payload as { keyCardSerial: string };
  log.info({ keyCardSerial, gate: request.params.gate }, 'gate scan');
  return { open: true };
};

export const memberRoutes: ServerRoute[] = [
  {
    method: 'POST',
    path: '/members',
    handler: register,
    options: {
      validate: {
        payload: Joi.object({
          firstName: Joi.string().required(),
          lastName: Joi.string().required(),
          email: Joi.string().email().required(),
          phone: Joi.string(),
          dateOfBirth: Joi.date().iso().required(),
          password: Joi.string().min(10).required(),
        }),
      },
    },
  },
  { method: 'GET', path: '/members/{id}', handler: lookup },
  { method: 'POST', path: '/members/password-reset', handler: resetPassword },
  { method: 'POST', path: '/gates/{gate}/scan', handler: gateScan },
];
