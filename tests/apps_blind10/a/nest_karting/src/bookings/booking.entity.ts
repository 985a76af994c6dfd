import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Driver } from '../drivers/driver.entity';

@Entity({ name: 'bookings' })
export class Booking {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Driver, (d) => d.bookings, { eager: true })
  driver: Driver;

  @Column({ name: 'session_id' })
  sessionId: number;

  @Column({ name: 'kart_class', length: 16, default: 'adult' })
  kartClass: string;

  @Column({ name: 'deposit_pence', type: 'int', default: 0 })
  depositPence: number;

  @Column({ name: 'deposit_ref', length: 64, nullable: true })
  depositRef: string | null;

  @Column({ name: 'card_last4', length: 4, nullable: true })
  cardLast4: string | null;

  @Column({ length: 16, default: 'held' })
  status: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
