import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { MailerService } from '@nestjs-modules/mailer';
import { ConfigService } from '@nestjs/config';
import { randomBytes } from 'crypto';
import { CakeOrder, OrderStatus } from './cake-order.entity';
import { Customer } from '../customers/customer.entity';
import { PlaceOrderDto } from './orders.controller';
import { KitchenPrinterService } from './kitchen-printer.service';
import { SupportService } from '../customers/support.service';

const CAKE_PRICES: Record<string, string> = {
  'Lemon Drizzle': '28.00',
  'Black Forest': '36.50',
  'Victoria Sponge': '24.00',
};

@Injectable()
export class OrdersService {
  private readonly logger = new Logger(OrdersService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly printer: KitchenPrinterService,
    private readonly support: SupportService,
    private readonly mailer: MailerService,
    private readonly config: ConfigService,
  ) {}

  async place(dto: PlaceOrderDto): Promise<CakeOrder> {
    let customer = await this.em.findOne(Customer, { email: dto.email.toLowerCase() });
    if (!customer) {
      customer = this.em.create(Customer, {
        email: dto.email.toLowerCase(),
        fullName: dto.fullName,
        phone: dto.phone,
        deliveryAddress: dto.deliveryAddress,
      });
      this.logger.log('new customer', customer);
      await this.support.syncContact(customer);
    }
    const order = this.em.create(CakeOrder, {
      orderNumber: randomBytes(5).toString('hex').toUpperCase(),
      customer,
      cakeName: dto.cakeName,
      inscription: dto.inscription,
      total: CAKE_PRICES[dto.cakeName] ?? '30.00',
      collectAt: new Date(dto.collectAt),
    });
    await this.em.persistAndFlush(order);
    this.support.trackOrderPlaced(order);
    return order;
  }

  async find(orderNumber: string): Promise<CakeOrder> {
    const order = await this.em.findOne(CakeOrder, { orderNumber }, { populate: ['customer'] });
    if (!order) throw new NotFoundException();
    return order;
  }

  async markReady(orderNumber: string): Promise<CakeOrder> {
    const order = await this.find(orderNumber);
    order.status = OrderStatus.Ready;
    await this.em.flush();
    await this.printer.printTicket(order);
    try {
      await this.mailer.sendMail({
        to: order.customer.email,
        template: this.config.get('bakery.emailTemplateReady'),
        context: { name: order.customer.fullName, orderNumber },
      });
    } catch (err) {
      this.logger.error(`ready e-mail failed for order ${orderNumber}: ${(err as Error).message}`);
    }
    return order;
  }
}
