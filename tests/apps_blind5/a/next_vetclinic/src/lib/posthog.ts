import { createHash } from "node:crypto";
import { PostHog } from "posthog-node";

let client: PostHog | null = null;

export function posthog(): PostHog {
  if (!client) {
    client = new PostHog(process.env.POSTHOG_KEY ?? "phc_dev", {
      host: process.env.POSTHOG_HOST ?? "https://eu.i.posthog.com",
      flushAt: 20,
      flushInterval: 10_000,
    });
  }
  return client;
}

export function emailHash(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

export async function isFeatureEnabled(flag: string, distinctId: string): Promise<boolean> {
  return (await posthog().isFeatureEnabled(flag, distinctId)) ?? false;
}
