import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Booking } from './Booking.js';

@Entity('guests')
export class Guest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ length: 120 })
  fullName!: string;

  @Column({ unique: true })
  email!: string;

  @Column({ nullable: true })
  phone?: string;

  @Column({ type: 'date', nullable: true })
  dateOfBirth?: string;

  @Column({ length: 40, nullable: true })
  passportNumber?: string;

  @OneToMany(() => Booking, (b) => b.guest)
  bookings!: Booking[];

  @CreateDateColumn()
  createdAt!: Date;
}
