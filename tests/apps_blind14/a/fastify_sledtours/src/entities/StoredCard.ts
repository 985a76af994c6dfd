import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('stored_cards')
export class StoredCard {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('uuid')
  guestId!: string;

  @Column({ name: 'pan', length: 19 })
  pan!: string;

  @Column({ name: 'security_code', length: 4 })
  securityCode!: string;

  @Column({ length: 6 })
  bin!: string;

  @Column({ length: 5 })
  expiry!: string;
}
