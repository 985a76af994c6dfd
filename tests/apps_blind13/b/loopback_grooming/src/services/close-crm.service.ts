import {injectable, BindingScope} from '@loopback/core';
import {Owner, Pet} from '../models';
import {moduleLog} from '../logging/logger';
import {postJson, urls, vendorAgent} from './http-clients';

const log = moduleLog('close');
const auth = 'Basic ' + Buffer.from(`${process.env.CLOSE_API_KEY ?? ''}:`).toString('base64');

@injectable({scope: BindingScope.SINGLETON})
export class CloseCrmService {
  async upsertLead(owner: Owner, pets: Pet[]): Promise<string> {
    const lead: Record<string, unknown> = {name: `${owner.fullName} household`};
    const contact = {
      name: owner.fullName,
      emails: [{type: 'home', email: owner.email}],
      phones: owner.mobile ? [{type: 'mobile', phone: owner.mobile}] : [],
    };
    lead.contacts = [contact];
    lead.addresses = [{label: 'home', address_1: owner.street, zipcode: owner.postcode, country: 'GB'}];
    lead['custom.Pets'] = pets.map(p => `${p.name} (${p.breed ?? 'mixed'})`).join(', ');
    const res = await postJson(vendorAgent, `${urls.close}/lead/`, lead, {authorization: auth});
    log.info({ownerId: owner.id, leadId: res.json.id}, 'close lead upserted');
    return res.json.id;
  }

  async logActivity(leadId: string, appointmentId: number): Promise<void> {
    await postJson(vendorAgent, `${urls.close}/activity/note/`, {
      lead_id: leadId,
      note: `Grooming appointment #${appointmentId} completed`,
    }, {authorization: auth});
  }
}
