import { Entity, PrimaryKey, Property, ManyToOne, Enum } from '@mikro-orm/core';
import { Customer } from '../customers/customer.entity';

export enum OrderStatus {
  Draft = 'draft',
  Paid = 'paid',
  Baking = 'baking',
  Ready = 'ready',
  Collected = 'collected',
}

@Entity({ tableName: 'cake_orders' })
export class CakeOrder {
  @PrimaryKey()
  id!: number;

  @Property({ length: 12, unique: true })
  orderNumber!: string;

  @ManyToOne(() => Customer)
  customer!: Customer;

  @Property({ length: 80 })
  cakeName!: string;

  @Property({ type: 'text', nullable: true })
  inscription?: string;

  @Property({ columnType: 'numeric(8,2)' })
  total!: string;

  @Enum(() => OrderStatus)
  status: OrderStatus = OrderStatus.Draft;

  @Property()
  collectAt!: Date;
}
