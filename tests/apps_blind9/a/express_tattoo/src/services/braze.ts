import { braze } from '../http/clients.js';

interface ClientProfile {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  dateOfBirth: Date;
  marketingOk: boolean;
}

function toBrazeAttributes(client: ClientProfile) {
  const attrs: Record<string, unknown> = { external_id: `client_${client.id}` };
  attrs.first_name = client.firstName;
  attrs.last_name = client.lastName;
  attrs.email = client.email;
  attrs.phone = client.phone;
  attrs.dob = client.dateOfBirth.toISOString().slice(0, 10);
  attrs.email_subscribe = client.marketingOk ? 'opted_in' : 'unsubscribed';
  return attrs;
}

export async function syncClientToBraze(client: ClientProfile) {
  await braze.post('/users/track', { attributes: [toBrazeAttributes(client)] });
}

export async function trackBookingEvent(clientId: number, name: string, properties: Record<string, unknown>) {
  await braze.post('/users/track', {
    events: [{ external_id: `client_${clientId}`, name, time: new Date().toISOString(), properties }],
  });
}
