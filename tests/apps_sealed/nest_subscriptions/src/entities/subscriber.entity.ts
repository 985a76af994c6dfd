import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { PaymentCard } from './payment-card.entity';

@Entity()
export class Subscriber {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ unique: true })
  emailAddress: string;

  @Column()
  fullName: string;

  @Column({ type: 'date', nullable: true })
  birthdate: string | null;

  @Column({ nullable: true })
  mobile: string | null;

  @Column()
  passwordHash: string;

  @Column({ default: 'monthly' })
  plan: string;

  @OneToMany(() => PaymentCard, (card) => card.subscriber)
  cards: PaymentCard[];

  @CreateDateColumn()
  createdAt: Date;
}
