@Entity()
export class Payment {
  // ruleid: card-security-code-typeorm-entity
  @Column({ length: 4 })
  cvv: string;

  // ok: card-security-code-typeorm-entity
  @Column()
  cvvResult: string;
}
