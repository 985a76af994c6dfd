import { Context, Middleware, MiddlewareMethods } from "@tsed/platform-middlewares";
import { randomUUID } from "node:crypto";
import { withContext } from "../logging/logger";

@Middleware()
export class RequestContextMiddleware implements MiddlewareMethods {
  use(@Context() $ctx: Context) {
    const requestId = $ctx.request.get("x-request-id") ?? randomUUID();
    const staff = $ctx.request.get("x-depot-staff") ?? "web";
    return new Promise<void>((resolve) =>
      withContext({ requestId, staff, clientIp: $ctx.request.ip }, () => resolve()),
    );
  }
}
