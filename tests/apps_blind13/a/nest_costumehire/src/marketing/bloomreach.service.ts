import { Inject, Injectable } from '@nestjs/common';
import type { AxiosInstance } from 'axios';
import { createHash } from 'node:crypto';
import { BLOOMREACH_HTTP } from '../http/http-clients.module';

const sha256 = (v: string) => createHash('sha256').update(v.trim().toLowerCase()).digest('hex');

@Injectable()
export class BloomreachService {
  constructor(@Inject(BLOOMREACH_HTTP) private readonly http: AxiosInstance) {}

  async trackReturn(customer: { id: string; email: string }, lateDays: number) {
    await this.http.post('/customers/events', {
      customer_ids: { registered: customer.id },
      event_type: 'costume_returned',
      properties: { late_days: lateDays, email_hash: sha256(customer.email) },
    });
  }

  async updateBillingProfile(customer: { id: string; email: string; fullName: string; billingStreet: string | null }) {
    await this.http.post('/customers', {
      customer_ids: { registered: customer.id, email_id: customer.email },
      properties: { full_name: customer.fullName, street: customer.billingStreet },
    });
  }
}
