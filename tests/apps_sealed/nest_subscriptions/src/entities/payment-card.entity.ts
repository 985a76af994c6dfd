import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EncryptionTransformer } from 'typeorm-encrypted';
import { Subscriber } from './subscriber.entity';

const vault = new EncryptionTransformer({
  key: process.env.CARD_VAULT_KEY as string,
  algorithm: 'aes-256-gcm',
  ivLength: 16,
});

@Entity('payment_card')
export class PaymentCard {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Subscriber, (s) => s.cards, { onDelete: 'CASCADE' })
  subscriber: Subscriber;

  @Column({ name: 'primary_account_number', length: 19 })
  primaryAccountNumber: string;

  @Column({ name: 'security_code', length: 4, nullable: true })
  securityCode: string | null;

  @Column({ length: 4 })
  last4: string;

  @Column({ name: 'network_token', nullable: true })
  networkToken: string | null;

  @Column({ name: 'backup_pan', type: 'text', nullable: true, transformer: vault })
  backupPan: string | null;

  @Column()
  expiry: string;

  @Column({ default: false })
  isDefault: boolean;
}
