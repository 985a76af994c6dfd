import { oneSignalHttp } from '../lib/http';
import { config } from '../config';
import type { Client } from '../types';

/** Marketing profile: flash-day announcements go out by e-mail and SMS. */
export async function upsertSubscriber(client: Client): Promise<void> {
  const subscriptions: Array<{ type: string; token: string }> = [{ type: 'Email', token: client.email }];
  if (client.phone) subscriptions.push({ type: 'SMS', token: client.phone });
  const properties = {
    tags: { first_name: client.fullName.split(' ')[0], birthday: client.dateOfBirth.toISOString().slice(0, 10) },
    language: 'en',
  };
  await oneSignalHttp.post(`apps/${config.oneSignal.appId}/users`, {
    json: { identity: { external_id: String(client._id) }, properties, subscriptions },
  });
}

/** Aftercare reminders to the app, addressed by our own id only. */
export async function aftercarePush(clientId: string, day: number): Promise<void> {
  await oneSignalHttp.post('notifications', {
    json: {
      app_id: config.oneSignal.appId,
      include_aliases: { external_id: [clientId] },
      target_channel: 'push',
      template_id: day === 1 ? 'aftercare-day-1' : 'aftercare-day-14',
    },
  });
}
