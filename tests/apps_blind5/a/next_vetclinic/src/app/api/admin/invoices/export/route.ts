import { and, gte, isNotNull, lt } from "drizzle-orm";
import { NextRequest, NextResponse } from "next/server";

import { db, schema } from "@/db";
import { auth } from "@/lib/auth";
import { createLogger } from "@/lib/logger";

const log = createLogger("admin.invoices");

function csvEscape(value: unknown): string {
  const s = value == null ? "" : String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session || session.user.role !== "reception") {
    return new NextResponse("forbidden", { status: 403 });
  }
  const month = req.nextUrl.searchParams.get("month") ?? new Date().toISOString().slice(0, 7);
  const from = new Date(`${month}-01T00:00:00Z`);
  const to = new Date(from);
  to.setUTCMonth(to.getUTCMonth() + 1);

  const rows = await db
    .select({
      number: schema.invoices.number,
      totalCents: schema.invoices.totalCents,
      paidAt: schema.invoices.paidAt,
      cardLast4: schema.invoices.cardLast4,
    })
    .from(schema.invoices)
    .where(and(isNotNull(schema.invoices.paidAt), gte(schema.invoices.paidAt, from), lt(schema.invoices.paidAt, to)));

  const lines = ["invoice_number,total,paid_at,card_last4"];
  for (const r of rows) {
    lines.push([r.number, (r.totalCents / 100).toFixed(2), r.paidAt?.toISOString(), r.cardLast4].map(csvEscape).join(","));
  }
  log.info("invoice export", { month, rows: rows.length, by: session.user.id });
  return new NextResponse(lines.join("\n"), {
    headers: { "content-type": "text/csv", "content-disposition": `attachment; filename=invoices-${month}.csv` },
  });
}
