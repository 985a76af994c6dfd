import raw from "../config/app.json" with { type: "json" };

function env(name: string, fallback: string): string {
  return Deno.env.get(name) ?? fallback;
}

export const config = {
  port: Number(env("PORT", String(raw.port))),
  kvPath: env("KV_PATH", raw.kvPath),
  userflow: {
    baseUrl: env("USERFLOW_URL", raw.userflow.baseUrl),
    version: raw.userflow.version,
    apiKey: env("USERFLOW_API_KEY", ""),
  },
  umami: {
    baseUrl: env("UMAMI_URL", raw.umami.baseUrl),
    websiteId: raw.umami.websiteId,
  },
  graylog: { gelfUrl: env("GRAYLOG_GELF_URL", raw.graylog.gelfUrl) },
  flightops: { baseUrl: env("FLIGHTOPS_URL", raw.flightops.baseUrl), token: env("FLIGHTOPS_TOKEN", "") },
  gateway: { baseUrl: env("GATEWAY_URL", raw.gateway.baseUrl), key: env("GATEWAY_KEY", "") },
  venuePartner: { baseUrl: env("VENUE_PARTNER_URL", raw.venuePartner.baseUrl ?? "http://bookings.lakeside-venues.co.uk/api") },
};
