import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";

import { db } from "@/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  await db.execute(sql`select 1`);
  return NextResponse.json({ status: "ok", dbMs: Math.round(performance.now() - started) });
}
