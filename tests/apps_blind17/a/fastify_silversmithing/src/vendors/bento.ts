import { config, secrets } from '../config.js';
import { postJson } from '../http/clients.js';

const auth = 'Basic ' + Buffer.from(`${secrets.bentoPublishable}:${secrets.bentoSecret}`).toString('base64');
const url = () => `${config.vendors.bento.baseUrl}/batch/events?site_uuid=${config.vendors.bento.siteUuid}`;

export async function trackMemberJoined(member: { id: number; fullName: string; email: string; phone: string | null; postcode: string | null }) {
  const [firstName, ...rest] = member.fullName.split(' ');
  const event: Record<string, unknown> = { type: '$subscribe', email: member.email };
  event.fields = {
    first_name: firstName,
    last_name: rest.join(' '),
    phone: member.phone,
    postcode: member.postcode,
  };
  event.details = { source: 'studio-signup', member_id: member.id };
  return postJson(url(), { authorization: auth }, { events: [event] });
}

export async function trackClassBooked(memberId: number, classSlug: string) {
  return postJson(url(), { authorization: auth }, {
    events: [{ type: 'class_booked', details: { member_id: memberId, class: classSlug } }],
  });
}
