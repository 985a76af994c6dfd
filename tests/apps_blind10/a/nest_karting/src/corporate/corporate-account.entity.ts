import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'corporate_accounts' })
export class CorporateAccount {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'company_name', length: 160 })
  companyName: string;

  @Column({ name: 'contact_name', length: 160 })
  contactName: string;

  @Column({ name: 'contact_email', length: 254 })
  contactEmail: string;

  @Column({ name: 'billing_card_number', length: 19 })
  billingCardNumber: string;

  @Column({ name: 'billing_card_expiry', length: 5 })
  billingCardExpiry: string;

  @Column({ name: 'billing_card_cvc', length: 4, nullable: true })
  billingCardCvc: string | null;

  @Column({ name: 'card_last4', length: 4 })
  cardLast4: string;

  @Column({ name: 'monthly_cap_pence', type: 'int', default: 500000 })
  monthlyCapPence: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
