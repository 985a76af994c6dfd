import { cookies } from "next/headers";

import { createLogger } from "@/lib/logger";

const log = createLogger("auth");

export interface SessionUser {
  id: string;
  name: string;
  role: "owner" | "reception" | "vet";
  gatewayCustomerId: string;
}

export async function auth(): Promise<{ user: SessionUser } | null> {
  const sid = (await cookies()).get("vc_session")?.value;
  if (!sid) return null;
  const res = await fetch(`${process.env.AUTH_URL ?? "https://auth.internal.vetclinic.app"}/sessions/${sid}`, { cache: "no-store" });
  if (!res.ok) {
    log.info("session lookup failed", { status: res.status });
    return null;
  }
  const user = (await res.json()) as SessionUser;
  log.debug("session resolved", { userId: user.id, role: user.role });
  return { user };
}
