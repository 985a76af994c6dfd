import { Entity, Column, PrimaryGeneratedColumn } from "typeorm";

@Entity()
export class Payment {
  @PrimaryGeneratedColumn()
  id: number;

  // ruleid: card-number-typeorm-entity
  @Column()
  cardNumber: string;

  // ok: card-number-typeorm-entity
  @Column({ length: 4 })
  card_number: string;

  // ok: card-number-typeorm-entity
  @Column()
  cardLast4: string;

  // ok: card-number-typeorm-entity
  @Column({ transformer: encryptionTransformer })
  pan: string;
}

export class PaymentDto {
  // ok: card-number-typeorm-entity
  cardNumber: string;
}
