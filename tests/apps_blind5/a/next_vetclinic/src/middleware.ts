import { NextRequest, NextResponse } from "next/server";

export const config = { matcher: ["/api/:path*"] };

export function middleware(req: NextRequest) {
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const res = NextResponse.next({ request: { headers: new Headers({ ...Object.fromEntries(req.headers), "x-request-id": requestId }) } });
  res.headers.set("x-request-id", requestId);
  console.log(JSON.stringify({ level: "info", scope: "edge", msg: "request", method: req.method, path: req.nextUrl.pathname, requestId }));
  return res;
}
