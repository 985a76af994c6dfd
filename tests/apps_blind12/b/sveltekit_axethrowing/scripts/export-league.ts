// Season-end export for the national axe throwing league's ranking sheet.
import postgres from 'postgres';
import { writeFileSync } from 'node:fs';

const sql = postgres(process.env.DATABASE_URL!, { transform: postgres.camel });

const rows = await sql<{ id: string; fullName: string; dateOfBirth: string; score: number }[]>`
  select t.id, t.full_name, t.date_of_birth, sum(s.points) as score
  from throwers t join scores s on s.thrower_id = t.id group by t.id`;

writeFileSync('league-export.csv', ['id,name,dob,score', ...rows.map((r) => `${r.id},${r.fullName},${r.dateOfBirth},${r.score}`)].join('\n'));
console.log(`exported ${rows.length} throwers`);
for (const r of rows.filter((r) => r.score === 0)) {
  console.log(`no score recorded for ${r.fullName} (${r.dateOfBirth})`);
}
await sql.end();
