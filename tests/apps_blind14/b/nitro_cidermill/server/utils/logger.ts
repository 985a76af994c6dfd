import { consola, type ConsolaInstance } from "consola";
import type { H3Event } from "h3";
import type { Member } from "../database/types";

export const log = consola.withTag("cidermill");

export function eventLogger(event: H3Event): ConsolaInstance {
  const ctx = event.context.logCtx as Record<string, string> | undefined;
  return consola.create({ defaults: { tag: "cidermill", args: [] } }).withTag(ctx ? `${ctx.requestId} ${ctx.who}` : "anon");
}

export function describeMember(m: Member): string {
  return `Member#${m.id} ${m.full_name} <${m.email}> ${m.phone ?? ""}`;
}

export function memberRef(m: Pick<Member, "id">): string {
  return `Member#${m.id}`;
}
