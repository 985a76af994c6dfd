import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { AnalyticsModule } from './analytics/analytics.module';
import { BookingsModule } from './bookings/bookings.module';
import { AuditService } from './common/audit.service';
import { appConfig, gatewayConfig, integrationsConfig, timingConfig, waiverConfig } from './config/configuration';
import { CorporateModule } from './corporate/corporate.module';
import { DriversModule } from './drivers/drivers.module';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      load: [appConfig, gatewayConfig, timingConfig, waiverConfig, integrationsConfig],
    }),
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        pinoHttp: {
          level: config.get<string>('app.logLevel'),
          genReqId: (req) => (req.headers['x-request-id'] as string) ?? randomUUID(),
          customProps: (req) => ({ staffId: (req as any).user?.id }),
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'email',
              'phone',
              'dateOfBirth',
              'card.number',
              'card.cvc',
              'card.holder',
            ],
            censor: '[redacted]',
          },
        },
      }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: () => ({
        type: 'postgres',
        url: process.env.DATABASE_URL,
        autoLoadEntities: true,
        migrations: ['dist/migrations/*.js'],
        synchronize: false,
      }),
    }),
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        connection: { url: config.get<string>('integrations.redisUrl') },
      }),
    }),
    AnalyticsModule,
    DriversModule,
    BookingsModule,
    CorporateModule,
  ],
  providers: [AuditService],
  exports: [AuditService],
})
export class AppModule {}
