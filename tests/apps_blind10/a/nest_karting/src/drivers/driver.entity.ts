import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Booking } from '../bookings/booking.entity';

@Entity({ name: 'drivers' })
export class Driver {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'first_name', length: 80 })
  firstName: string;

  @Column({ name: 'last_name', length: 80 })
  lastName: string;

  @Column({ length: 254, unique: true })
  email: string;

  @Column({ length: 32, nullable: true })
  phone: string | null;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth: string;

  @Column({ name: 'weight_kg', type: 'smallint', nullable: true })
  weightKg: number | null;

  @Column({ name: 'waiver_id', length: 40, nullable: true })
  waiverId: string | null;

  @Column({ name: 'guardian_name', length: 160, nullable: true })
  guardianName: string | null;

  @OneToMany(() => Booking, (b) => b.driver)
  bookings: Booking[];

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;

  get isMinor(): boolean {
    const dob = new Date(this.dateOfBirth);
    const age = (Date.now() - dob.getTime()) / (365.25 * 24 * 3600 * 1000);
    return age < 18;
  }

  toString(): string {
    return `Driver#${this.id}`;
  }
}
