import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import axios, { AxiosInstance } from 'axios';
import { CakeOrder } from './cake-order.entity';

@Injectable()
export class KitchenPrinterService {
  private readonly logger = new Logger(KitchenPrinterService.name);
  private readonly http: AxiosInstance;

  constructor(private readonly config: ConfigService) {
    this.http = axios.create({ timeout: 5000 });
  }

  async printTicket(order: CakeOrder): Promise<void> {
    const url = this.config.get<string>('bakery.kitchenPrinterUrl', 'http://192.168.4.20:9100/jobs');
    const ticket = {
      order: order.orderNumber,
      cake: order.cakeName,
      inscription: order.inscription ?? '',
      collect: order.collectAt.toISOString(),
      customer: order.customer.fullName,
      phone: order.customer.phone,
      deliverTo: order.customer.deliveryAddress,
    };
    try {
      await this.http.post(url, ticket);
      this.logger.log(`ticket printed for ${order.orderNumber}`);
    } catch (err) {
      this.logger.error(`printer unreachable at ${url}`, (err as Error).stack);
    }
  }

  async printerStatus(): Promise<string> {
    const { data } = await this.http.get<{ state: string }>('http://192.168.4.20:9100/status');
    return data.state;
  }
}
