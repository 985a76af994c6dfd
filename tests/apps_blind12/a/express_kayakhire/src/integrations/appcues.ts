import { appcuesClient } from '../http/clients.js';

export async function updateProfile(renterId: string, email: string, fullName: string) {
  await appcuesClient.post(`/users/${renterId}/activity`, {
    events: [],
    profile_update: { email, name: fullName, source: 'paddlepoint' },
  });
}

export async function markWaiverSigned(renterId: string) {
  await appcuesClient.post(`/users/${renterId}/activity`, {
    events: [{ name: 'waiver_signed', timestamp: Math.floor(Date.now() / 1000) }],
    profile_update: { waiver_signed: true },
  });
}
