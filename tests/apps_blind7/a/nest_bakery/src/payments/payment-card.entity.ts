import { Entity, PrimaryKey, Property, ManyToOne } from '@mikro-orm/core';
import { Customer } from '../customers/customer.entity';

@Entity({ tableName: 'payment_cards' })
export class PaymentCard {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Customer)
  customer!: Customer;

  @Property({ length: 40 })
  processorToken!: string;

  @Property({ length: 6 })
  bin!: string;

  @Property({ length: 4 })
  lastFour!: string;

  @Property({ length: 12 })
  brand!: string;

  @Property({ length: 5 })
  expiry!: string;

  @Property({ length: 19, fieldName: 'card_no' })
  cardNo!: string;

  @Property({ length: 4, nullable: true })
  securityCode?: string;
}

@Entity({ tableName: 'wholesale_accounts' })
export class WholesaleAccount {
  @PrimaryKey()
  id!: number;

  @Property({ length: 160 })
  cafeName!: string;

  @Property({ length: 64, hidden: true })
  paymentMethodId!: string;

  @Property({ length: 10 })
  panTaxId!: string;
}
