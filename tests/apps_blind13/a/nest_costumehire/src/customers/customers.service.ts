import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AuditService } from '../logging/audit.service';
import { MoEngageService } from '../marketing/moengage.service';
import { PrismaService } from '../prisma/prisma.service';
import { CustomerView } from './customer.model';

export interface RegisterCustomerDto {
  fullName: string;
  email: string;
  phone?: string;
  companyName?: string;
  billingStreet?: string;
  billingCity?: string;
  password: string;
}

export class DuplicateCustomerError extends Error {}

@Injectable()
export class CustomersService {
  private readonly logger = new Logger(CustomersService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly moengage: MoEngageService,
  ) {}

  async register(dto: RegisterCustomerDto) {
    this.logger.log(`registering customer ${JSON.stringify(dto)}`);
    const existing = await this.prisma.customer.findUnique({ where: { email: dto.email } });
    if (existing) {
      throw new DuplicateCustomerError(`customer with email ${dto.email} already exists`);
    }
    const { password, ...profile } = dto;
    const customer = await this.prisma.customer.create({ data: profile });
    this.audit.record('customer.registered', customer.id, { email: customer.email, phone: customer.phone });
    this.audit.recordIds('customer.registered.ids', { customerId: customer.id });
    await this.moengage.upsertCustomer(customer);
    this.logger.log({ message: 'customer registered', customerId: customer.id, emailHash: createHash('sha256').update(customer.email).digest('hex').slice(0, 12) });
    return new CustomerView(customer);
  }

  async changeContact(id: string, phone: string, billingStreet: string) {
    const customer = await this.prisma.customer.update({ where: { id }, data: { phone, billingStreet } });
    this.logger.log(`contact details changed for ${new CustomerView(customer)}`);
    this.logger.debug({ message: 'contact change', customerId: id, fields: ['phone', 'billingStreet'] });
    return customer;
  }
}
