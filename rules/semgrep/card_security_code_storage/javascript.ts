@Entity()
export class Payment {
  // ruleid: card-security-code-typeorm-entity
  @Column({ length: 4 })
  cvv: string;

  // ok: card-security-code-typeorm-entity
  @Column()
  cvvResult: string;
}

@Entity("stored_card")
export class StoredCard {
  // ruleid: card-security-code-typeorm-entity-card-context
  @Column({ name: "security_code", length: 4 })
  securityCode: string;
}

@Entity()
export class EmailChange {
  // ok: card-security-code-typeorm-entity-card-context
  @Column()
  verificationCode: string;
}
