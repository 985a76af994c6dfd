import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from '../analytics/analytics.module';
import { AuditService } from '../common/audit.service';
import { IntegrationsModule } from '../integrations/integrations.module';
import { Driver } from './driver.entity';
import { DriversController } from './drivers.controller';
import { DriversService } from './drivers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Driver]), AnalyticsModule, IntegrationsModule],
  controllers: [DriversController],
  providers: [DriversService, AuditService],
  exports: [DriversService],
})
export class DriversModule {}
