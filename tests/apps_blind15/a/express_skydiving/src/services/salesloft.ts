import { salesloftClient } from '../http/clients.js';
import { logger } from '../logger.js';

export interface GroupEnquiry {
  contactName: string;
  email: string;
  phone: string;
  company: string;
  groupSize: number;
}

export async function createProspect(enquiry: GroupEnquiry) {
  const [firstName, ...rest] = enquiry.contactName.split(' ');
  const person = {
    email_address: enquiry.email,
    first_name: firstName,
    last_name: rest.join(' '),
    phone: enquiry.phone,
    company_name: enquiry.company,
    custom_fields: { group_size: String(enquiry.groupSize) },
  };
  try {
    const { data } = await salesloftClient.post('/people', person);
    return data.data.id as number;
  } catch (err) {
    logger.error({ err, person }, 'salesloft person create failed');
    throw err;
  }
}
