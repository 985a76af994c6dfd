import { writeFile } from 'node:fs/promises';
import type { RowDataPacket } from 'mysql2';
import { pool } from '../src/db.js';

// End-of-season reconciliation for the insurer: which kites are still out, and against which deposit.
const [rows] = await pool.query<RowDataPacket[]>(
  `SELECT d.id, d.kite_serial, d.hold_cents, RIGHT(d.card_number, 4) AS card_last4, s.full_name
     FROM rental_deposits d LEFT JOIN students s ON s.id = d.student_id
    WHERE d.released_at IS NULL`,
);
const lines = ['deposit_id,kite_serial,hold_cents,card_last4,student'];
for (const r of rows) lines.push([r.id, r.kite_serial, r.hold_cents, r.card_last4, JSON.stringify(r.full_name)].join(','));
await writeFile(`exports/open-rentals-${new Date().toISOString().slice(0, 10)}.csv`, lines.join('\n'));
console.log(`exported ${rows.length} open rentals`);
await pool.end();
