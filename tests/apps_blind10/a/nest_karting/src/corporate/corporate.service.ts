import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { Repository } from 'typeorm';
import { SegmentService } from '../analytics/segment.service';
import { AuditService } from '../common/audit.service';
import { GatewayClient } from '../integrations/gateway.client';
import { CorporateAccount } from './corporate-account.entity';
import { OpenAccountDto } from './dto/open-account.dto';

@Injectable()
export class CorporateService {
  constructor(
    @InjectRepository(CorporateAccount) private readonly accounts: Repository<CorporateAccount>,
    @InjectPinoLogger(CorporateService.name) private readonly logger: PinoLogger,
    private readonly gateway: GatewayClient,
    private readonly audit: AuditService,
    private readonly segment: SegmentService,
  ) {}

  async open(dto: OpenAccountDto): Promise<CorporateAccount> {
    const account = this.accounts.create({
      companyName: dto.companyName,
      contactName: dto.contactName,
      contactEmail: dto.contactEmail,
      billingCardNumber: dto.card.number,
      billingCardExpiry: dto.card.expiry,
      billingCardCvc: dto.card.cvc,
      cardLast4: dto.card.number.slice(-4),
    });
    await this.accounts.save(account);
    this.logger.info({ accountId: account.id, company: dto.companyName, email: dto.contactEmail }, 'corporate account opened');
    this.segment.corporateLead(dto.contactEmail, dto.companyName);
    return account;
  }

  async chargeEvent(accountId: number, amountPence: number, eventRef: string): Promise<string> {
    const account = await this.accounts.findOneBy({ id: accountId });
    if (!account) {
      throw new NotFoundException(`corporate account ${accountId}`);
    }
    const auth = await this.gateway.authorise(
      {
        number: account.billingCardNumber,
        expiry: account.billingCardExpiry,
        cvc: account.billingCardCvc ?? '',
        holder: account.contactName,
      },
      amountPence,
      eventRef,
    );
    if (auth.status === 'declined') {
      this.logger.error(`event ${eventRef} declined for ${account.companyName} card ${account.billingCardNumber}`);
    }
    this.audit.record('corporate.charged', { accountId, eventRef, last4: account.cardLast4 });
    return auth.id;
  }
}
