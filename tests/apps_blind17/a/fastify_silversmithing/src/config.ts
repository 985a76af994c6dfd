import { readFileSync } from 'node:fs';
import { z } from 'zod';

const raw = JSON.parse(readFileSync(new URL('../config/default.json', import.meta.url), 'utf8'));

const schema = z.object({
  http: z.object({ port: z.number() }),
  database: z.object({ url: z.string() }),
  redis: z.object({ url: z.string() }),
  vendors: z.object({
    bento: z.object({ baseUrl: z.string().url(), siteUuid: z.string() }),
    honeycomb: z.object({ baseUrl: z.string().url(), dataset: z.string() }),
    reddit: z.object({ baseUrl: z.string().url(), accountId: z.string() }),
  }),
  partners: z.object({
    assaylink: z.object({ baseUrl: z.string().url() }),
    bezelpay: z.object({ baseUrl: z.string().url(), rejectUnauthorized: z.boolean().default(true) }),
  }),
});

const parsed = schema.parse(raw);

if (process.env.BEZELPAY_REJECT_UNAUTHORIZED) {
  parsed.partners.bezelpay.rejectUnauthorized = process.env.BEZELPAY_REJECT_UNAUTHORIZED === 'true';
}
parsed.vendors.bento.siteUuid = process.env.BENTO_SITE_UUID ?? parsed.vendors.bento.siteUuid;
parsed.vendors.reddit.accountId = process.env.REDDIT_ADS_ACCOUNT ?? parsed.vendors.reddit.accountId;

export const config = parsed;
export const secrets = {
  bentoPublishable: process.env.BENTO_PUBLISHABLE_KEY ?? '',
  bentoSecret: process.env.BENTO_SECRET_KEY ?? '',
  honeycombKey: process.env.HONEYCOMB_API_KEY ?? '',
  redditToken: process.env.REDDIT_CONVERSIONS_TOKEN ?? '',
  bezelpayKey: process.env.BEZELPAY_SECRET ?? '',
};
