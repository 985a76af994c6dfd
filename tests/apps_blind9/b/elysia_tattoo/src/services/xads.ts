import ky from 'ky';
import { config } from '../config';

const sha256 = (value: string) => new Bun.CryptoHasher('sha256').update(value.trim().toLowerCase()).digest('hex');

/** X Ads conversion for paid deposits (campaign attribution), matched on hashed e-mail. */
export async function depositConversion(email: string, bookingId: string, valuePence: number, twclid?: string) {
  const identifiers: Array<Record<string, string>> = [{ hashed_email: sha256(email) }];
  if (twclid) identifiers.push({ twclid });
  await ky.post(`https://ads-api.x.com/12/measurement/conversions/${config.xAds.pixelId}`, {
    headers: { Authorization: `Bearer ${config.xAds.token}` },
    json: {
      conversions: [{
        conversion_time: new Date().toISOString(),
        event_id: config.xAds.eventId,
        identifiers,
        value: (valuePence / 100).toFixed(2),
        conversion_id: bookingId,
      }],
    },
  });
}
