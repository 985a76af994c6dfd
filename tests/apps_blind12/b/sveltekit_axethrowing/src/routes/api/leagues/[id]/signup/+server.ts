import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { sql } from '$lib/server/db';
import { pushLaneRoster } from '$lib/server/gateway';

export const POST: RequestHandler = async ({ params, locals }) => {
  await sql`insert into league_members (league_id, thrower_id) values (${params.id}, ${locals.throwerId}) on conflict do nothing`;
  const members = await sql<{ fullName: string; laneId: number }[]>`
    select t.full_name, l.lane_id from league_members m join throwers t on t.id = m.thrower_id
    join leagues l on l.id = m.league_id where m.league_id = ${params.id}`;
  await pushLaneRoster(members[0].laneId, members.map((m) => m.fullName));
  locals.log.info('league signup', { leagueId: params.id, throwerId: locals.throwerId });
  return json({ members: members.length });
};
