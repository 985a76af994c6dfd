import type { Handle, HandleServerError } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { requestLogger, log } from '$lib/server/log';
import { sql } from '$lib/server/db';

export const handle: Handle = async ({ event, resolve }) => {
  const requestId = event.request.headers.get('x-request-id') ?? randomUUID();
  const session = event.cookies.get('sw_session');
  const thrower = session
    ? (await sql`select t.id, t.email from throwers t join sessions s on s.thrower_id = t.id where s.id = ${session}`)[0]
    : undefined;
  event.locals.throwerId = thrower?.id;
  event.locals.log = requestLogger(requestId, thrower?.email);
  const response = await resolve(event);
  log.info('request', { requestId, path: event.url.pathname, status: response.status, throwerId: thrower?.id });
  return response;
};

export const handleError: HandleServerError = async ({ error, event }) => {
  event.locals.log?.error('unhandled', (error as Error).message);
  return { message: 'Something went wrong' };
};
