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
  // ruleid: card-security-code-typeorm-entity-card-context, card-security-code-typeorm-entity
  @Column({ name: "security_code", length: 4 })
  securityCode: string;
}

@Entity()
export class EmailChange {
  // card-security-code-typeorm-entity matches here and the record gate (scanner/code/records.py) drops it
  // ruleid: card-security-code-typeorm-entity
  @Column()
  verificationCode: string;
}
