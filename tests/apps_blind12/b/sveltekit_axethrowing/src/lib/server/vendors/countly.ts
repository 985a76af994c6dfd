import { env } from '$env/dynamic/private';
import { vendors } from '../http';
import { integrations } from '../config';
import type { Thrower } from '../types';

const base = integrations.countly.baseUrl;

export async function countlyUserDetails(t: Thrower) {
  await vendors.get(`${base}/i`).query({
    app_key: env.COUNTLY_APP_KEY,
    device_id: t.id,
    user_details: JSON.stringify({ name: t.fullName, email: t.email, phone: t.phone, byear: t.dateOfBirth?.slice(0, 4) })
  });
}

export async function countlyEvent(t: Thrower, key: string, segmentation: Record<string, string | number>) {
  await vendors.get(`${base}/i`).query({
    app_key: env.COUNTLY_APP_KEY,
    device_id: t.id,
    events: JSON.stringify([{ key, count: 1, segmentation }])
  });
}
