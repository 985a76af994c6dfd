import { helpScoutHttp } from '../lib/http';
import { config } from '../config';

export interface Enquiry {
  fullName: string;
  email: string;
  phone?: string;
  idea: string;
  placement: string;
  referenceImages: string[];
}

/** Design enquiries become Help Scout conversations so the artists answer them from one inbox. */
export async function openEnquiry(e: Enquiry): Promise<void> {
  const [firstName, ...rest] = e.fullName.split(' ');
  const customer = { email: e.email, firstName, lastName: rest.join(' ') };
  const thread = {
    type: 'customer',
    customer,
    text: `${e.idea}\n\nPlacement: ${e.placement}\nPhone: ${e.phone ?? '-'}`,
    attachments: [],
  };
  await helpScoutHttp.post('conversations', {
    json: {
      subject: `Design enquiry: ${e.placement}`,
      mailboxId: config.helpScout.mailboxId,
      type: 'email',
      status: 'active',
      customer,
      threads: [thread],
      tags: ['enquiry', 'website'],
    },
  });
}
