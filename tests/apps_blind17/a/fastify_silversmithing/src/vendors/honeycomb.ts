import { config, secrets } from '../config.js';
import { postJson } from '../http/clients.js';

export async function sendSpanEvent(name: string, fields: Record<string, unknown>) {
  const url = `${config.vendors.honeycomb.baseUrl}/events/${config.vendors.honeycomb.dataset}`;
  return postJson(url, { 'X-Honeycomb-Team': secrets.honeycombKey }, { name, ...fields });
}
