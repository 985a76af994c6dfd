import { NextResponse } from "next/server";
import { logger } from "./logger";

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export function handleError(err: unknown) {
  if (err instanceof HttpError) {
    logger.warn({ status: err.status }, err.message);
    return NextResponse.json({ error: err.message }, { status: err.status });
  }
  logger.error({ err }, "unhandled route error");
  return NextResponse.json({ error: "internal" }, { status: 500 });
}
