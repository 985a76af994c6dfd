import { Entity, PrimaryKey, Property, OneToMany, Collection, Unique } from '@mikro-orm/core';
import { CakeOrder } from '../orders/cake-order.entity';

@Entity({ tableName: 'customers' })
export class Customer {
  @PrimaryKey()
  id!: number;

  @Property({ length: 254 })
  @Unique()
  email!: string;

  @Property({ length: 120 })
  fullName!: string;

  @Property({ length: 32, nullable: true })
  phone?: string;

  @Property({ default: false })
  marketingOptIn: boolean = false;

  @Property({ nullable: true, length: 255 })
  deliveryAddress?: string;

  @OneToMany(() => CakeOrder, (o) => o.customer)
  orders = new Collection<CakeOrder>(this);

  @Property()
  createdAt: Date = new Date();
}
