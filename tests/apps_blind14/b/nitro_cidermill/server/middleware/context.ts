import { randomUUID } from "node:crypto";

export default defineEventHandler((event) => {
  const requestId = getRequestHeader(event, "x-request-id") ?? randomUUID().slice(0, 8);
  const memberId = getRequestHeader(event, "x-member-id") ?? "-";
  event.context.logCtx = { requestId, who: `member:${memberId}` };
});
