import { $fetch } from "ofetch";
import { Agent } from "undici";

const config = useRuntimeConfig();

export const snapFetch = $fetch.create({
  baseURL: config.snap.baseURL,
  headers: { Authorization: `Bearer ${config.snap.accessToken}` },
  retry: 2,
});

export const crispFetch = $fetch.create({
  baseURL: config.crisp.baseURL,
  headers: {
    Authorization: `Basic ${Buffer.from(`${config.crisp.identifier}:${config.crisp.key}`).toString("base64")}`,
    "X-Crisp-Tier": "plugin",
  },
  dispatcher: new Agent({ connect: { rejectUnauthorized: config.crisp.tlsVerify } }),
});

export const presslineFetch = $fetch.create({
  baseURL: config.pressline.baseURL,
  timeout: 8000,
});

export const coopFetch = $fetch.create({
  baseURL: process.env.NITRO_COOP_BASE_URL ?? config.coop.baseURL,
  timeout: 15000,
});
