import { Body, Controller, Get, Logger, Param, Post, Req } from '@nestjs/common';
import { Request } from 'express';
import { IsDateString, IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { OrdersService } from './orders.service';

export class PlaceOrderDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MaxLength(120)
  fullName!: string;

  @IsOptional()
  @IsString()
  phone?: string;

  @IsString()
  cakeName!: string;

  @IsOptional()
  @MaxLength(60)
  inscription?: string;

  @IsDateString()
  collectAt!: string;

  @IsOptional()
  deliveryAddress?: string;
}

@Controller('orders')
export class OrdersController {
  private readonly logger = new Logger(OrdersController.name);

  constructor(private readonly orders: OrdersService) {}

  @Post()
  async place(@Body() dto: PlaceOrderDto, @Req() req: Request) {
    this.logger.verbose(`place order payload=${JSON.stringify(dto)}`);
    const order = await this.orders.place(dto);
    this.logger.log(`order ${order.orderNumber} placed from ${req.ip}`);
    return { orderNumber: order.orderNumber, total: order.total };
  }

  @Get(':orderNumber')
  async show(@Param('orderNumber') orderNumber: string) {
    const order = await this.orders.find(orderNumber);
    this.logger.debug(`lookup ${orderNumber} -> ${order.status}`);
    return { orderNumber: order.orderNumber, status: order.status, cake: order.cakeName };
  }

  @Post(':orderNumber/ready')
  async markReady(@Param('orderNumber') orderNumber: string) {
    const order = await this.orders.markReady(orderNumber);
    this.logger.log(`order ready: ${order.orderNumber} for ${order.customer.fullName}, ${order.customer.email}`);
    return { ok: true };
  }
}
