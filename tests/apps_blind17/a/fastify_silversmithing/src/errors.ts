import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export class MembershipConflict extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MembershipConflict';
  }
}

export function errorHandler(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof MembershipConflict) {
    req.log.warn({ err: err.message }, 'membership conflict');
    return reply.code(409).send({ error: 'member already exists' });
  }
  req.log.error({ errName: err.name, route: req.routeOptions.url }, 'request failed');
  return reply.code(500).send({ error: 'internal error' });
}
