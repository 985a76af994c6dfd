import Analytics from 'analytics-node';
import { createHash } from 'crypto';
import type { MemberDoc } from '../models/member';
import { childLogger } from '../lib/logger';

const log = childLogger('analytics');
const segment = new Analytics(process.env.SEGMENT_WRITE_KEY ?? '', { flushAt: 20 });

const sha256 = (value: string) => createHash('sha256').update(value.trim().toLowerCase()).digest('hex');

export function identifyMember(member: MemberDoc): void {
  segment.identify({
    userId: member.id,
    traits: {
      email: member.email,
      firstName: member.firstName,
      lastName: member.lastName,
      phone: member.phone,
      birthday: member.dateOfBirth.toISOString().slice(0, 10),
    },
  });
}

export function trackCheckIn(memberId: string, wall: string): void {
  segment.track({ userId: memberId, event: 'Checked In', properties: { wall } });
}

export function trackPurchase(member: MemberDoc, plan: string, amountCents: number): void {
  const props = {
    plan,
    revenue: amountCents / 100,
    currency: 'GBP',
    customer_email: member.email,
    postcode: member.address?.postcode,
  };
  segment.track({ userId: member.id, event: 'Membership Purchased', properties: props });
  log.debug({ memberId: member.id, plan }, 'purchase tracked');
}

export function trackReferral(member: MemberDoc, friendEmail: string): void {
  segment.track({
    userId: member.id,
    event: 'Friend Referred',
    properties: { friend_email_sha256: sha256(friendEmail) },
  });
}
