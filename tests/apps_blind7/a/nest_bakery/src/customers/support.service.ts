import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client as IntercomClient } from 'intercom-client';
import Mixpanel from 'mixpanel';
import { createHash } from 'crypto';
import { CakeOrder } from '../orders/cake-order.entity';
import { Customer } from './customer.entity';

@Injectable()
export class SupportService {
  private readonly logger = new Logger(SupportService.name);
  private readonly intercom: IntercomClient;
  private readonly mixpanel: Mixpanel.Mixpanel;

  constructor(config: ConfigService) {
    this.intercom = new IntercomClient({ tokenAuth: { token: config.get('bakery.intercomToken', '') } });
    this.mixpanel = Mixpanel.init(config.get('bakery.mixpanelToken', ''), { protocol: 'https' });
  }

  async syncContact(customer: Customer): Promise<void> {
    await this.intercom.contacts.createUser({
      externalId: String(customer.id),
      email: customer.email,
      name: customer.fullName,
      phone: customer.phone,
      signedUpAt: Math.floor(customer.createdAt.getTime() / 1000),
    });
    this.logger.log(`intercom contact synced for customer ${customer.id}`);
  }

  async flagDeclinedPayment(order: CakeOrder, declineCode: string): Promise<void> {
    await this.intercom.events.create({
      eventName: 'payment-declined',
      createdAt: Math.floor(Date.now() / 1000),
      userId: String(order.customer.id),
      metadata: { order_number: order.orderNumber, decline_code: declineCode },
    });
  }

  trackOrderPlaced(order: CakeOrder): void {
    this.mixpanel.track('Order Placed', {
      distinct_id: String(order.customer.id),
      order_number: order.orderNumber,
      cake: order.cakeName,
      total: Number(order.total),
    });
  }

  trackNewsletterSignup(customer: Customer): void {
    this.mixpanel.people.set(String(customer.id), {
      $email: customer.email,
      $name: customer.fullName,
      $phone: customer.phone,
      newsletter: customer.marketingOptIn,
    });
  }

  trackReferral(referrerEmail: string, code: string): void {
    const referrer = createHash('sha256').update(referrerEmail.toLowerCase()).digest('hex');
    this.mixpanel.track('Referral Used', { distinct_id: referrer, referral_code: code });
  }
}
