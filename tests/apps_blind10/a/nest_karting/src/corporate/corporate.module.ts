import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from '../analytics/analytics.module';
import { AuditService } from '../common/audit.service';
import { IntegrationsModule } from '../integrations/integrations.module';
import { CorporateAccount } from './corporate-account.entity';
import { CorporateController } from './corporate.controller';
import { CorporateService } from './corporate.service';

@Module({
  imports: [TypeOrmModule.forFeature([CorporateAccount]), IntegrationsModule, AnalyticsModule],
  controllers: [CorporateController],
  providers: [CorporateService, AuditService],
})
export class CorporateModule {}
