import { HttpModule } from '@nestjs/axios';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditService } from '../common/audit.service';
import { DriversModule } from '../drivers/drivers.module';
import { IntegrationsModule } from '../integrations/integrations.module';
import { DepositRetryProcessor } from '../queue/deposit-retry.processor';
import { Booking } from './booking.entity';
import { BookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Booking]),
    BullModule.registerQueue({ name: 'deposits' }),
    HttpModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        baseURL: config.get<string>('timing.baseUrl'),
        headers: { 'X-Timing-Key': config.get<string>('timing.apiKey') },
        timeout: 4000,
      }),
    }),
    DriversModule,
    IntegrationsModule,
  ],
  controllers: [BookingsController],
  providers: [BookingsService, DepositRetryProcessor, AuditService],
})
export class BookingsModule {}
