import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Customer } from '@prisma/client';
import type { AxiosInstance } from 'axios';
import { MOENGAGE_HTTP } from '../http/http-clients.module';

@Injectable()
export class MoEngageService {
  private readonly logger = new Logger(MoEngageService.name);
  private readonly appId: string;

  constructor(@Inject(MOENGAGE_HTTP) private readonly http: AxiosInstance, config: ConfigService) {
    this.appId = config.get<string>('moengage.appId')!;
  }

  async upsertCustomer(c: Customer) {
    const attributes: Record<string, unknown> = { name: c.fullName, email: c.email };
    if (c.phone) attributes.mobile = c.phone;
    attributes.company = c.companyName;
    attributes.city = c.billingCity;
    await this.http.post(`/customer/${this.appId}`, { type: 'customer', customer_id: c.id, attributes });
  }

  async trackRentalReserved(customerId: string, productionRef: string, depositCents: number) {
    await this.http.post(`/event/${this.appId}`, {
      type: 'event',
      customer_id: customerId,
      actions: [{ action: 'Rental Reserved', attributes: { production: productionRef, deposit: depositCents / 100 } }],
    });
    this.logger.log(`moengage event sent for ${customerId}`);
  }
}
