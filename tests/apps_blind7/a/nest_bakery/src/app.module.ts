import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { HttpModule } from '@nestjs/axios';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { RedisModule } from '@nestjs-modules/ioredis';
import { MailerModule } from '@nestjs-modules/mailer';
import bakeryConfig from './common/config';
import { Customer } from './customers/customer.entity';
import { CakeOrder } from './orders/cake-order.entity';
import { PaymentCard, WholesaleAccount } from './payments/payment-card.entity';
import { OrdersController } from './orders/orders.controller';
import { OrdersService } from './orders/orders.service';
import { KitchenPrinterService } from './orders/kitchen-printer.service';
import { PaymentsController } from './payments/payments.controller';
import { PaymentsService } from './payments/payments.service';
import { ProcessorClient } from './payments/processor.client';
import { SupportService } from './customers/support.service';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: [bakeryConfig] }),
    HttpModule.register({ timeout: 10000 }),
    MikroOrmModule.forRoot(),
    MikroOrmModule.forFeature([Customer, CakeOrder, PaymentCard, WholesaleAccount]),
    RedisModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({ type: 'single', url: config.get('bakery.redisUrl') }),
    }),
    MailerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        transport: { host: config.get('bakery.smtpHost'), port: 587, secure: false, requireTLS: true },
        defaults: { from: '"Crumb & Co" <orders@crumbandco.example>' },
      }),
    }),
  ],
  controllers: [OrdersController, PaymentsController],
  providers: [OrdersService, KitchenPrinterService, PaymentsService, ProcessorClient, SupportService],
})
export class AppModule {}
