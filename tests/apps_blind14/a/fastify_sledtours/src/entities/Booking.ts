import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Guest } from './Guest.js';

@Entity('bookings')
export class Booking {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Guest, (g) => g.bookings)
  guest!: Guest;

  @Column({ length: 32 })
  tourCode!: string;

  @Column({ type: 'timestamptz' })
  departsAt!: Date;

  @Column({ type: 'int' })
  seats!: number;

  @Column({ length: 64, nullable: true })
  paymentToken?: string;

  @Column({ length: 4, nullable: true })
  cardLast4?: string;

  @Column({ length: 24, nullable: true })
  giftCardCode?: string;
}
