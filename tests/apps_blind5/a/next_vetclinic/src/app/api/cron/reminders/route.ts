import { NextRequest, NextResponse } from "next/server";

import { createLogger } from "@/lib/logger";
import { sendDayBeforeReminders } from "@/lib/reminders";

const log = createLogger("cron");

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    log.warn("cron unauthorized", { path: req.nextUrl.pathname });
    return new NextResponse("unauthorized", { status: 401 });
  }
  const started = Date.now();
  const result = await sendDayBeforeReminders();
  log.info("cron reminders finished", { ...result, ms: Date.now() - started });
  return NextResponse.json(result);
}
