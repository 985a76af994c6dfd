import { createHash } from 'node:crypto';
import { config } from '../config.js';
import { heapClient } from '../http/clients.js';

export async function identifyRenter(r: { id: string; email: string; fullName: string; phone: string; dateOfBirth: Date }) {
  const properties: Record<string, unknown> = { renter_id: r.id };
  properties.email = r.email;
  properties.name = r.fullName;
  properties.phone = r.phone;
  properties.birth_year = r.dateOfBirth.getUTCFullYear();
  await heapClient.post('/add_user_properties', { app_id: config.heap.appId, identity: r.email, properties });
}

export async function trackWaiver(email: string, dateOfBirth: Date, swimAbility: string) {
  await heapClient.post('/track', {
    app_id: config.heap.appId,
    identity: email,
    event: 'Waiver Signed',
    properties: { dob: dateOfBirth.toISOString().slice(0, 10), swim: swimAbility },
  });
}

export async function trackBooking(renterId: string, craft: string, hours: number) {
  await heapClient.post('/track', {
    app_id: config.heap.appId,
    identity: createHash('sha256').update(renterId).digest('hex'),
    event: 'Booking Created',
    properties: { craft, hours },
  });
}
