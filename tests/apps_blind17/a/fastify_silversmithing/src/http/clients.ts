import { Agent, Pool, request } from 'undici';
import { config, secrets } from '../config.js';

const bezelpayAgent = new Agent({
  connect: { rejectUnauthorized: config.partners.bezelpay.rejectUnauthorized },
  keepAliveTimeout: 10_000,
});

export const assaylink = new Pool(config.partners.assaylink.baseUrl, { connections: 4 });

export async function bezelpay<T>(path: string, body: unknown): Promise<T> {
  const res = await request(`${config.partners.bezelpay.baseUrl}${path}`, {
    method: 'POST',
    dispatcher: bezelpayAgent,
    headers: { authorization: `Bearer ${secrets.bezelpayKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.statusCode >= 400) {
    throw new Error(`bezelpay ${path} failed with ${res.statusCode}`);
  }
  return (await res.body.json()) as T;
}

export async function postJson(url: string, headers: Record<string, string>, body: unknown): Promise<number> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  await res.body.dump();
  return res.statusCode;
}
