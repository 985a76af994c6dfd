import {createHash} from 'crypto';
import {injectable, BindingScope} from '@loopback/core';
import {Owner} from '../models';
import {postJson, urls, vendorAgent} from './http-clients';

const auth = `Basic ${process.env.JUNE_WRITE_KEY ?? ''}`;

@injectable({scope: BindingScope.SINGLETON})
export class JuneService {
  identify(owner: Owner) {
    return postJson(vendorAgent, `${urls.june}/identify`, {
      userId: String(owner.id),
      traits: {email: owner.email, name: owner.fullName, postcode: owner.postcode},
    }, {authorization: auth});
  }

  trackBooking(ownerId: number, vanId: string, pricePence: number) {
    return postJson(vendorAgent, `${urls.june}/track`, {
      userId: String(ownerId),
      event: 'Appointment Booked',
      properties: {vanId, pricePence},
    }, {authorization: auth});
  }

  group(ownerId: number, vanId: string) {
    return postJson(vendorAgent, `${urls.june}/group`, {
      userId: String(ownerId),
      groupId: vanId,
      traits: {name: `Van ${vanId}`},
    }, {authorization: auth});
  }

  trackAnonymous(email: string, event: string) {
    return postJson(vendorAgent, `${urls.june}/track`, {
      anonymousId: createHash('sha256').update(email.trim().toLowerCase()).digest('hex'),
      event,
    }, {authorization: auth});
  }
}
