import { createHash } from 'node:crypto';
import { env } from '$env/dynamic/private';
import { vendors } from '../http';
import { integrations } from '../config';
import type { Thrower } from '../types';

const sha256 = (v: string) => createHash('sha256').update(v.trim().toLowerCase()).digest('hex');
const { baseUrl, pixelId } = integrations.xAds;

export async function reportBookingConversion(t: Thrower, bookingId: string, value: number) {
  await vendors
    .post(`${baseUrl}/measurement/conversions/${pixelId}`)
    .set('Authorization', `Bearer ${env.X_ADS_BEARER}`)
    .send({
      conversions: [{
        conversion_time: new Date().toISOString(),
        event_id: `tw-${pixelId}-booking`,
        identifiers: [{ hashed_email: sha256(t.email) }],
        value: value.toFixed(2),
        conversion_id: bookingId
      }]
    });
}

export async function reportLeadConversion(t: Thrower) {
  await vendors
    .post(`${baseUrl}/measurement/conversions/${pixelId}`)
    .set('Authorization', `Bearer ${env.X_ADS_BEARER}`)
    .send({
      conversions: [{
        conversion_time: new Date().toISOString(),
        event_id: `tw-${pixelId}-lead`,
        identifiers: [{ hashed_email: t.email, hashed_phone_number: t.phone }]
      }]
    });
}
