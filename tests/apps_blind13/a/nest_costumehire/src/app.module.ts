import { BullModule } from '@nestjs/bullmq';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER } from '@nestjs/core';
import { WinstonModule } from 'nest-winston';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import configuration from './config/configuration';
import { CustomersController } from './customers/customers.controller';
import { CustomersService } from './customers/customers.service';
import { HttpClientsModule } from './http/http-clients.module';
import { AuditService } from './logging/audit.service';
import { RequestContextMiddleware } from './logging/request-context';
import { winstonOptions } from './logging/winston.config';
import { BloomreachService } from './marketing/bloomreach.service';
import { MoEngageService } from './marketing/moengage.service';
import { DepositProcessor } from './payments/deposit.processor';
import { PaymentsService } from './payments/payments.service';
import { PrismaService } from './prisma/prisma.service';
import { RentalsController } from './rentals/rentals.controller';
import { RentalsService } from './rentals/rentals.service';
import { GatewayWebhookController } from './webhooks/gateway-webhook.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: [configuration] }),
    WinstonModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => winstonOptions(config.get<string>('logLevel')!),
    }),
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({ connection: config.get('redis') }),
    }),
    BullModule.registerQueue({ name: 'deposits' }),
    HttpClientsModule,
  ],
  controllers: [CustomersController, RentalsController, GatewayWebhookController],
  providers: [
    PrismaService,
    AuditService,
    CustomersService,
    RentalsService,
    PaymentsService,
    DepositProcessor,
    MoEngageService,
    BloomreachService,
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(RequestContextMiddleware).forRoutes('*');
  }
}
