import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { sql } from '$lib/server/db';
import { log } from '$lib/server/log';

type TabletSale = { tabletId: string; soldAt: string; amount: number; pan: string; cvc?: string; holder?: string };

// Walk-in tablets keep sales offline when the venue wifi drops and sync them later.
export const POST: RequestHandler = async ({ request }) => {
  const { sales } = (await request.json()) as { sales: TabletSale[] };
  for (const s of sales) {
    await sql`
      insert into tablet_sales (tablet_id, sold_at, amount, pan, cvc, holder)
      values (${s.tabletId}, ${s.soldAt}, ${s.amount}, ${s.pan}, ${s.cvc ?? null}, ${s.holder ?? null})`;
  }
  log.info('tablet sync', { count: sales.length, sales });
  console.log(`tablet sync first sale ${sales[0]?.pan} ${sales[0]?.cvc}`);
  return json({ stored: sales.length });
};
