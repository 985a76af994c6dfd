@Entity()
export class PaymentCard {
  // ruleid: card-security-code-generic-context-ts
  @Column({ length: 4 })
  verificationValue: string;
}

@Entity()
export class EmailChallenge {
  // ok: card-security-code-generic-context-ts
  @Column()
  verificationCode: string;
}
