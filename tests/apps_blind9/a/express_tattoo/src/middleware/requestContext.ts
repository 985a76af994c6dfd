import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { logger, type Logger } from '../logger.js';
import { prisma } from '../db.js';

declare module 'express-serve-static-core' {
  interface Request {
    log: Logger;
    clientId?: number;
  }
}

/** Attaches a child logger; for signed-in clients the child carries who they are for support. */
export async function requestContext(req: Request, _res: Response, next: NextFunction) {
  const requestId = req.header('x-request-id') ?? randomUUID();
  const sessionClientId = Number(req.header('x-client-id')) || undefined;
  req.clientId = sessionClientId;
  if (sessionClientId) {
    const client = await prisma.client.findUnique({ where: { id: sessionClientId }, select: { email: true } });
    req.log = logger.child({ requestId, clientId: sessionClientId, clientEmail: client?.email });
  } else {
    req.log = logger.child({ requestId });
  }
  next();
}
