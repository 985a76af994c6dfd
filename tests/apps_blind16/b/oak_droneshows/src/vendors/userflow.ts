import { userflowApi } from "../http.ts";
import type { Client } from "../types.ts";

export async function upsertUser(client: Client) {
  const attributes: Record<string, unknown> = { signed_up_at: new Date().toISOString() };
  attributes.name = client.fullName;
  attributes.email = client.email;
  attributes.phone = client.phone;
  await userflowApi.url("/users").post({ id: client.id, attributes }).res();
}

export async function trackEvent(clientId: string, name: string, attributes: Record<string, string | number>) {
  await userflowApi.url("/events").post({ user_id: clientId, name, attributes }).res();
}
